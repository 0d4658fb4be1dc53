namespace GillRepro;

/// <summary>
/// The words of the Index: variable names and result words, each mapped to its meaning. Lookups ignore
/// case and hand back the canonical string, so the parser can reuse it instead of allocating a copy.
/// </summary>
internal static class Vocabulary
{
    internal static readonly string[] VariableNames =
    [
        "Research Type",
        "Researcher Affiliation",
        "Pseudocode",
        "Open Source Code",
        "Open Datasets",
        "Dataset Splits",
        "Hardware Specification",
        "Software Dependencies",
        "Experiment Setup",
    ];

    internal static readonly string[] ResultWords =
    [
        "Yes", "No", "Experimental", "Theoretical", "Academia", "Collaboration", "Industry",
    ];

    /// <summary>The canonical name of a known variable kind.</summary>
    internal static string NameOf(VariableKind kind) =>
        kind == VariableKind.Unknown ? throw new ArgumentOutOfRangeException(nameof(kind)) : VariableNames[(int)kind - 1];

    internal static VariableKind KindOf(ReadOnlySpan<char> name)
    {
        for (var i = 0; i < VariableNames.Length; i++)
        {
            if (name.Equals(VariableNames[i], StringComparison.OrdinalIgnoreCase))
                return (VariableKind)(i + 1);
        }
        return VariableKind.Unknown;
    }

    internal static ResultValue ValueOf(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < ResultWords.Length; i++)
        {
            if (text.Equals(ResultWords[i], StringComparison.OrdinalIgnoreCase))
                return (ResultValue)(i + 1);
        }
        return ResultValue.Unrecognised;
    }

    /// <summary>The text as a string, reusing a known word when it is spelled exactly so.</summary>
    internal static string Intern(ReadOnlySpan<char> text)
    {
        foreach (var word in VariableNames)
        {
            if (text.SequenceEqual(word)) return word;
        }
        foreach (var word in ResultWords)
        {
            if (text.SequenceEqual(word)) return word;
        }
        return text.ToString();
    }
}
