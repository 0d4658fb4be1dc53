using System.Text;

namespace GillRepro.Catalog;

/// <summary>
/// The Index's words: its nine variables, in the order it prints them (the one place where each is named),
/// its result words, and its notice. The grammar, the scores, the group figures, the checks and every
/// output of the tool read this table.
/// It also recognises the Index's words (these names and the result words of <see cref="ResultValue"/>)
/// in any letter case, with ligatures and no-break spaces folded, and hands back its own strings for
/// words spelled exactly so, so the names and results of real rows cost no allocation.
/// </summary>
public static class VariableCatalog
{
    private static readonly ResultValue[] YesNo = [ResultValue.Yes, ResultValue.No];

    /// <summary>The nine variables, in the Index's order.</summary>
    public static EquatableArray<VariableDefinition> All { get; } = EquatableArray.Own<VariableDefinition>(
    [
        new(VariableKind.ResearchType, "Research Type", "RT", [ResultValue.Experimental, ResultValue.Theoretical], false, ReproducibilityRole.None),
        new(VariableKind.ResearcherAffiliation, "Researcher Affiliation", "RA", [ResultValue.Academia, ResultValue.Collaboration, ResultValue.Industry], false, ReproducibilityRole.None),
        new(VariableKind.Pseudocode, "Pseudocode", "PC", YesNo, true, ReproducibilityRole.None),
        new(VariableKind.OpenSourceCode, "Open Source Code", "OSC", YesNo, true, ReproducibilityRole.Code),
        new(VariableKind.OpenDatasets, "Open Datasets", "ODS", YesNo, true, ReproducibilityRole.Data),
        new(VariableKind.DatasetSplits, "Dataset Splits", "DS", YesNo, true, ReproducibilityRole.None),
        new(VariableKind.HardwareSpecification, "Hardware Specification", "HS", YesNo, true, ReproducibilityRole.None),
        new(VariableKind.SoftwareDependencies, "Software Dependencies", "SD", YesNo, true, ReproducibilityRole.None),
        new(VariableKind.ExperimentSetup, "Experiment Setup", "ES", YesNo, true, ReproducibilityRole.None),
    ]);

    /// <summary>What every notice line starts with; a line that does is read as a notice.</summary>
    internal const string NoticePrefix = "Notice:";

    /// <summary>
    /// The words every wording of the Index's notice, printed above every page's title, has opened with
    /// so far. They are how a reader finds where a page begins, also when <c>cat</c> joined it to the page
    /// before (canonical pages end without a newline, so the next page's notice follows the last row on
    /// the same line).
    /// </summary>
    internal const string NoticeOpening = "Notice: The reproducibility variables";

    /// <summary>
    /// The notice of the current site, word for word. A page that carries it shares this string instead of
    /// a copy: it is a sixth of a real page's text (measured on the corpus: 1.0 KB of the 16.9 KB a page
    /// allocated). Other wordings are read as they are.
    /// </summary>
    internal const string CurrentNotice = "Notice: The reproducibility variables underlying each score are classified using an automated LLM-based pipeline, validated against a manually labeled dataset. LLM-based classification introduces uncertainty and potential bias; scores should be interpreted as estimates. Full accuracy metrics and methodology are described in Coakley et alK. L. Coakley, T. Snelleman, H. Hoos, and O. E. Gundersen, \"The embrace of open science: An analysis of a decade of AI research and 56 800 conference papers,\" Under Review, 2026..";

    /// <summary>The variables that count toward the Documentation Score D, in the Index's order.</summary>
    public static EquatableArray<VariableDefinition> Documentation { get; } = EquatableArray.Own(All.Where(v => v.CountsTowardDocumentation).ToArray());

    /// <summary>The definition of a known variable.</summary>
    /// <param name="kind">One of the nine; not <see cref="VariableKind.Unknown"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not one of the nine.</exception>
    public static VariableDefinition Get(VariableKind kind)
    {
        // All is in the order of VariableKind, which a test checks.
        var index = (int)kind - 1;
        return (uint)index < (uint)All.Count ? All[index] : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not one of the Index's nine variables.");
    }

    /// <summary>The variable a name stands for, in any letter case, with ligatures and no-break spaces folded; null for any other name.</summary>
    /// <param name="name">A variable's name as written.</param>
    public static VariableDefinition? Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var kind = VariableCatalog.KindOf(name);
        return kind == VariableKind.Unknown ? null : Get(kind);
    }

    /// <summary>The nine names, in the order of <see cref="VariableKind"/> from 1.</summary>
    internal static readonly string[] VariableNames = [.. VariableCatalog.All.Select(v => v.Name)];

    /// <summary>The result words, in the order of <see cref="ResultValue"/> from 1.</summary>
    internal static readonly string[] ResultWords = [.. Enum.GetValues<ResultValue>().Where(v => v != ResultValue.Unrecognized).Select(v => v.ToString())];

    /// <summary>One shared <see cref="Result"/> per result word, for rows that spell it exactly so.</summary>
    private static readonly Result[] KnownResults = [.. ResultWords.Select(w => new Result(w))];

    /// <summary>The known words by length: the few candidates a text of that length may be.</summary>
    private static readonly string[][] WordsByLength = GroupByLength([.. VariableNames, .. ResultWords]);

    /// <summary>The kind a name stands for; the catalogue's own strings are found by reference first.</summary>
    internal static VariableKind KindOf(string name)
    {
        for (var i = 0; i < VariableNames.Length; i++)
        {
            if (ReferenceEquals(name, VariableNames[i])) return (VariableKind)(i + 1);
        }
        return (VariableKind)(IndexOf(VariableNames, name) + 1);
    }

    /// <summary>The meaning of a result; the shared words are found by reference first.</summary>
    internal static ResultValue ValueOf(string text)
    {
        for (var i = 0; i < ResultWords.Length; i++)
        {
            if (ReferenceEquals(text, ResultWords[i])) return (ResultValue)(i + 1);
        }
        return (ResultValue)(IndexOf(ResultWords, text) + 1);
    }

    /// <summary>The result for a text: a shared instance for the Index's words spelled exactly so, a new one otherwise.</summary>
    internal static Result ResultOf(ReadOnlySpan<char> text)
    {
        var word = Intern(text);
        for (var i = 0; i < ResultWords.Length; i++)
        {
            if (ReferenceEquals(word, ResultWords[i])) return KnownResults[i];
        }
        return new Result(word);
    }

    /// <summary>The text as a string, reusing a known word when it is spelled exactly so.</summary>
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

    /// <summary>
    /// Text as a PDF extract or a browser copy may have changed it: the Latin ligatures U+FB00 to U+FB06
    /// spelled out (ﬁ → fi) and no-break spaces as spaces. Used to recognise words and to name them in outputs.
    /// </summary>
    internal static string Fold(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length + 4);
        foreach (var c in text)
        {
            var spelled = Spelled(c);
            if (spelled is null) builder.Append(c);
            else builder.Append(spelled);
        }
        return builder.ToString();
    }

    /// <summary>What a ligature of PDF extraction spells (<c>ﬁ</c> is <c>fi</c>), or a space for a no-break space; null for any other character.</summary>
    internal static string? Spelled(char c) => c switch
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
