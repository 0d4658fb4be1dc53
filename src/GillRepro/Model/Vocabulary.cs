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

    /// <summary>The kind a name stands for, in any letter case, with typographic ligatures and no-break spaces folded.</summary>
    internal static VariableKind KindOf(ReadOnlySpan<char> name) => (VariableKind)(IndexOf(VariableNames, name) + 1);

    /// <summary>
    /// The kind a name stands for. The parser hands over the canonical strings themselves (see
    /// <see cref="Intern"/>), so a reference comparison finds them without comparing characters.
    /// </summary>
    internal static VariableKind KindOf(string name)
    {
        for (var i = 0; i < VariableNames.Length; i++)
        {
            if (ReferenceEquals(name, VariableNames[i])) return (VariableKind)(i + 1);
        }
        return KindOf(name.AsSpan());
    }

    /// <summary>The meaning of a result; the canonical strings the parser hands over are found by reference.</summary>
    internal static ResultValue ValueOf(string text)
    {
        for (var i = 0; i < ResultWords.Length; i++)
        {
            if (ReferenceEquals(text, ResultWords[i])) return (ResultValue)(i + 1);
        }
        return ValueOf(text.AsSpan());
    }

    /// <summary>The meaning of a result, in any letter case, with typographic ligatures folded.</summary>
    internal static ResultValue ValueOf(ReadOnlySpan<char> text) => (ResultValue)(IndexOf(ResultWords, text) + 1);

    private static int IndexOf(string[] words, ReadOnlySpan<char> text)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (text.Equals(words[i], StringComparison.OrdinalIgnoreCase)) return i;
        }
        if (text.IndexOfAnyInRange('\u00A0', '\uFFFF') < 0) return -1;

        var folded = Fold(text);
        for (var i = 0; i < words.Length; i++)
        {
            if (folded.Equals(words[i], StringComparison.OrdinalIgnoreCase)) return i;
        }
        return -1;
    }

    /// <summary>
    /// Text as a PDF extract or a browser copy may have changed it back: the Latin ligatures U+FB00 to
    /// U+FB06 spelled out (ﬁ → fi) and no-break spaces as spaces. Only used to recognise words.
    /// </summary>
    internal static string Fold(ReadOnlySpan<char> text)
    {
        var builder = new System.Text.StringBuilder(text.Length + 4);
        foreach (var c in text)
        {
            var spelled = c switch
            {
                '\uFB00' => "ff",
                '\uFB01' => "fi",
                '\uFB02' => "fl",
                '\uFB03' => "ffi",
                '\uFB04' => "ffl",
                '\uFB05' or '\uFB06' => "st",
                '\u00A0' or '\u202F' or '\u2007' => " ",
                _ => null,
            };
            if (spelled is null) builder.Append(c);
            else builder.Append(spelled);
        }
        return builder.ToString();
    }

    /// <summary>One shared, immutable <see cref="Result"/> per result word, for rows that spell it exactly so.</summary>
    private static readonly Result[] KnownResults = [.. ResultWords.Select(w => new Result(w))];

    /// <summary>The result for a text: a shared instance for the Index's words, a new one otherwise.</summary>
    internal static Result ResultOf(ReadOnlySpan<char> text)
    {
        var word = Intern(text);
        for (var i = 0; i < ResultWords.Length; i++)
        {
            if (ReferenceEquals(word, ResultWords[i])) return KnownResults[i];
        }
        return new Result(word);
    }

    /// <summary>The known words by length: the few candidates a text of that length may be.</summary>
    private static readonly string[][] WordsByLength = GroupByLength([.. VariableNames, .. ResultWords]);

    /// <summary>
    /// The text as a string, reusing a known word when it is spelled exactly so: no allocation for the
    /// names and results of real rows, and only the one to three words of the same length are compared.
    /// </summary>
    internal static string Intern(ReadOnlySpan<char> text)
    {
        if (text.Length < WordsByLength.Length)
        {
            foreach (var word in WordsByLength[text.Length])
            {
                if (text.SequenceEqual(word)) return word;
            }
        }
        return text.ToString();
    }

    private static string[][] GroupByLength(string[] words)
    {
        var byLength = new string[words.Max(w => w.Length) + 1][];
        for (var length = 0; length < byLength.Length; length++)
        {
            byLength[length] = [.. words.Where(w => w.Length == length)];
        }
        return byLength;
    }
}
