namespace GillRepro.Facts;

/// <summary>
/// Reads software dependencies out of evidence text (docs/facts.md, "Software"): runs of up to four words
/// looked up in the catalogue, longest first, so "Py Torch" and "Tensor Flow" are found as a PDF broke
/// them; then any other word right before a version with a dot ("monai 1.1.0"). A version is what stands
/// right after the name, past a citation, "version", "v" or an opening bracket.
/// </summary>
internal static class SoftwareReader
{
    private readonly record struct Word(int Start, int End)
    {
        public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, End - Start);
    }

    public static EquatableArray<SoftwareDependency> Read(string evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        if (evidence.Length == 0) return [];
        var text = EvidenceText.Fold(evidence);
        var words = Words(text);
        List<SoftwareDependency>? found = null;
        for (var i = 0; i < words.Count; i++)
        {
            if (Known(text, words, i) is var (name, last, nameEnd, versionOnly))
            {
                var version = VersionAfter(text, ColonAfter(text, nameEnd), requireDot: false)
                    ?? VersionBefore(text, words[i].Start)
                    ?? (nameEnd == words[last].End && CueAfter(text, words, last) && !IsPackageWord(text, words[last + 1]) ? VersionAfter(text, words[last + 1].End, requireDot: true) : null);
                if (versionOnly && version is null) continue;
                if (OnlyMissing(text, words[i].Start)) { i = last; continue; }
                Add(ref found, name, version);
                i = last;
                continue;
            }
            if (KnownLastPart(text, words[i]) is { } part)
            {
                Add(ref found, part, VersionAfter(text, words[i].End, requireDot: false));
                continue;
            }
            var word = words[i].In(text);
            if (JuliaPackage(text, words, i) is { } package)
            {
                Add(ref found, package, VersionAfter(text, words[i].End, requireDot: false));
                continue;
            }
            if (Unlisted(text, words, i) is { } cueEnd)
            {
                if (!OnlyMissing(text, words[i].Start))
                    Add(ref found, word.ToString(), VersionAfter(text, words[i].End, requireDot: false) ?? (cueEnd > words[i].End ? VersionAfter(text, cueEnd, requireDot: true) : null));
                continue;
            }
            if (!MayBeName(word)) continue;
            var dotted = VersionAfter(text, words[i].End, requireDot: true);
            if (dotted is null) continue;
            var spelled = word.ToString();
            if (!(HasCapitalDigitOrJoiner(word) || dotted.Count(c => c == '.') >= 2)) continue;
            Add(ref found, spelled, dotted);
        }
        return found is null ? [] : EquatableArray.Own(found.ToArray());
    }

    private static void Add(ref List<SoftwareDependency>? found, string name, string? version)
    {
        found ??= [];
        var at = found.FindIndex(s => s.Name == name);
        if (at < 0) found.Add(new SoftwareDependency(name, version));
        else if (found[at].Version is null && version is not null) found[at] = new SoftwareDependency(name, version);
    }

    /// <summary>The words of a text: runs of letters, digits and the joiners of package names (<c>+ # @ _ - .</c>), without a sentence's final dot or a possessive "'s".</summary>
    private static List<Word> Words(string text)
    {
        var words = new List<Word>();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !IsWordChar(text[i])) i++;
            var start = i;
            while (i < text.Length && (IsWordChar(text[i]) || (text[i] is '.' or '-' or '_' or '@' or '#' or '/' && i + 1 < text.Length && IsWordChar(text[i + 1])) || text[i] == '#' || (text[i] == '+' && !(i + 1 < text.Length && char.IsAsciiLetter(text[i + 1]))))) i++;
            var end = i;
            if (end > start) words.Add(new Word(start, end));
        }
        return words;
    }

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c);   // names are ASCII; other scripts end a word

    /// <summary>
    /// The catalogue's name for the longest run of words from <paramref name="first"/> that spells one, the
    /// run's last word, where the name ends (before a version joined to it: "Pytorch-1.12.1", "cuda11.4")
    /// and whether the spelling counts only with a version.
    /// </summary>
    private static (string Name, int Last, int NameEnd, bool VersionOnly)? Known(string text, List<Word> words, int first)
    {
        for (var count = Math.Min(FactCatalog.LongestName, words.Count - first); count >= 1; count--)
        {
            var last = first + count - 1;
            // A run spans words one space apart only (a PDF's break), never over punctuation.
            var joined = true;
            for (var k = first; k < last && joined; k++) joined = Adjacent(text, words, k);
            if (!joined) continue;
            var span = text.AsSpan(words[first].Start, words[last].End - words[first].Start);
            if (span.Contains('/')) continue;
            if (Lookup(span, out var versionOnly) is { } name) return (name, last, words[last].End, versionOnly);
            var glued = GluedVersion(span);
            if (glued > 0 && Lookup(span[..glued], out _) is { } stem) return (stem, last, words[first].Start + glued, false);
        }
        return null;
    }

    /// <summary>The catalogue's name for a spelling, unless the spelling wants a capital it lacks; and whether it counts only with a version.</summary>
    private static string? Lookup(ReadOnlySpan<char> span, out bool versionOnly)
    {
        var folded = FactCatalog.Fold(span);
        versionOnly = FactCatalog.VersionOnly.Contains(folded);
        if (!FactCatalog.SoftwareNames.TryGetValue(folded, out var name)) return null;
        if ((FactCatalog.CapitalOnly.Contains(name) || FactCatalog.CapitalOnly.Contains(span)) && !char.IsUpper(span[0])) return null;
        return name;
    }

    /// <summary>Where a dotted version joined to a name begins, after a hyphen or straight after a letter ("Pytorch-1.12.1", "cuda11.4"); 0 when none is.</summary>
    private static int GluedVersion(ReadOnlySpan<char> span)
    {
        for (var k = 1; k < span.Length - 2; k++)
        {
            if (!char.IsAsciiDigit(span[k]) || !char.IsAsciiLetter(span[k - 1]) && span[k - 1] != '-') continue;
            var rest = span[k..];
            if (span[k - 1] != '-' && span[..k].Contains('-')) return 0;   // "SD-V1.4" is a model, not SD-V at 1.4
            if (rest.IndexOf('.') is var dot && dot > 0 && dot < rest.Length - 1 && char.IsAsciiDigit(rest[dot + 1])) return span[k - 1] == '-' ? k - 1 : k;
            return 0;
        }
        return 0;
    }

    /// <summary>Past a colon right after a known name, as tables write it ("Pytorch: 1.10.0").</summary>
    private static int ColonAfter(string text, int end) =>
        end < text.Length && text[end] == ':' ? end + 1 : end;

    /// <summary>A version written before its name: "version 0.7.4 of the HpBandSter library", "release 2.1.2 (and subsequent) of IBEX".</summary>
    private static string? VersionBefore(string text, int start)
    {
        var from = Math.Max(0, start - 64);
        var match = FactCatalog.VersionBefore().Match(text, from, start - from);
        return match.Success ? match.Groups["v"].Value : null;
    }

    /// <summary>A joined word whose last part is a known name, the name standing for what the version belongs to ("PyTorch-CUDA 11.6" is CUDA's build).</summary>
    private static string? KnownLastPart(string text, Word word)
    {
        var span = word.In(text);
        var dash = span.LastIndexOf('-');
        if (dash <= 0 || dash == span.Length - 1) return null;
        var part = span[(dash + 1)..];
        return part.Length < 3 || Lookup(part, out var versionOnly) is not { } name || versionOnly ? null : name;
    }

    private static string? VersionAfter(string text, int end, bool requireDot)
    {
        if (end >= text.Length) return null;
        if (text[end] == '-' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1])) end++;
        var match = FactCatalog.VersionAfter().Match(text, end);
        if (!match.Success) return null;
        var found = match.Groups["v"];
        var version = found.Value.TrimEnd('+');
        if (Cited(text, found.Index, found.Length)) return null;
        if (requireDot && !version.Contains('.') && !version.StartsWith('R')) return null;
        return version;
    }

    /// <summary>
    /// A name the catalogue does not hold, known by what the paper calls it: a name-like word right
    /// before or after "library", "toolbox", "package", "solver" and their kin ("the YALMIP toolbox", "the
    /// Gecode Solver 4.2.0"; "package grf" is not: a name-like word has a capital past its first letter or
    /// a digit, or a capital away from a sentence's start).
    /// Returns where the cue word ends (a version may follow it), or null.
    /// </summary>
    private static int? Unlisted(string text, List<Word> words, int i)
    {
        var cueAfter = CueAfter(text, words, i);
        var cueBefore = !cueAfter && i > 0 && Adjacent(text, words, i - 1) && IsCue(text, words[i - 1]);
        if (!cueAfter && !cueBefore) return null;
        if (!NameLike(text, words[i])) return null;
        if (i + 1 < words.Count && words[i + 1].In(text).EndsWith(".jl", StringComparison.Ordinal)) return null;
        // A plain capitalised word ("Transformer", "Euler") is a name only as "the Gecode solver".
        var word = words[i].In(text);
        if (!Marked(word) && !(cueAfter && word[1..].ContainsAnyInRange('a', 'z') && i > 0 && words[i - 1].In(text).Equals("the", StringComparison.OrdinalIgnoreCase)))
            return null;
        return cueAfter ? words[i + 1].End : words[i].End;
    }

    /// <summary>Whether a word looks like a product name by its letters: a capital after a small letter ("SeDuMi"), a digit ("d3rlpy"), or five or more capitals ("YALMIP"; shorter ones are mostly abbreviations: "SAT", "NLP").</summary>
    private static bool Marked(ReadOnlySpan<char> word)
    {
        var lower = false;
        foreach (var c in word)
        {
            if (char.IsAsciiDigit(c) && char.IsAsciiLetter(word[0])) return true;
            if (char.IsLower(c)) lower = true;
            else if (char.IsUpper(c) && lower) return true;
        }
        return !lower && word.Length >= 5 && word.IndexOf('-') < 0;
    }

    /// <summary>
    /// A Julia package, named by its <c>.jl</c> ending; Julia names packages in CamelCase, so capitalised
    /// words right before it are the pieces a PDF broke off ("Differential Equations.jl").
    /// </summary>
    private static string? JuliaPackage(string text, List<Word> words, int i)
    {
        var word = words[i].In(text);
        if (word.Length <= 3 || !word.EndsWith(".jl", StringComparison.Ordinal) || !char.IsAsciiLetter(word[0])) return null;
        if (!char.IsUpper(word[0])) return word.ToString();
        var first = i;
        while (first > 0 && i - first < 2 && Adjacent(text, words, first - 1) && IsPiece(text, words[first - 1])) first--;
        return first == i ? word.ToString() : string.Concat(Enumerable.Range(first, i - first + 1).Select(k => text[words[k].Start..words[k].End]));
    }

    private static bool IsPiece(string text, Word word)
    {
        var span = word.In(text);
        if (span.Length < 2 || !char.IsUpper(span[0]) || FactCatalog.NotSoftware.Contains(span)) return false;
        foreach (var c in span) if (!char.IsAsciiLetter(c)) return false;
        return true;
    }

    /// <summary>"package": after a language's name ("the grf R package version 2.2.1") the version is the package's, not the language's.</summary>
    private static bool IsPackageWord(string text, Word word) =>
        word.In(text).StartsWith("package", StringComparison.OrdinalIgnoreCase);

    private static bool IsCue(string text, Word word) => FactCatalog.SoftwareCue.Contains(word.In(text));

    /// <summary>Whether word <paramref name="k"/> and the next stand one space apart, as the words of a name or a name and its cue do.</summary>
    private static bool Adjacent(string text, List<Word> words, int k) =>
        k + 1 < words.Count && words[k + 1].Start - words[k].End == 1 && text[words[k].End] == ' ';

    /// <summary>Whether the word after <paramref name="k"/> is a cue ("library", "solver") right beside it.</summary>
    private static bool CueAfter(string text, List<Word> words, int k) => Adjacent(text, words, k) && IsCue(text, words[k + 1]);

    private static bool NameLike(string text, Word word)
    {
        var span = word.In(text);
        if (span.Length < 2 || !char.IsAsciiLetter(span[0]) || span.IndexOfAny('.', '/', '@') >= 0) return false;
        if (FactCatalog.NotSoftware.Contains(span) || FactCatalog.SoftwareCue.Contains(span)) return false;
        foreach (var c in span[1..]) if (char.IsUpper(c) || char.IsAsciiDigit(c)) return true;
        if (!char.IsUpper(span[0])) return false;
        var before = word.Start - 1;
        while (before >= 0 && text[before] == ' ') before--;
        return before >= 0 && text[before] is not ('.' or ':' or '!' or '?' or '"' or '\'' or '(' or '[');
    }

    /// <summary>Whether a whole number stands alone in brackets, a citation as some styles write it ("Hugging Face (40)").</summary>
    private static bool Cited(string text, int at, int length) =>
        at > 0 && text[at - 1] == '(' && at + length < text.Length && text[at + length] == ')' && text.AsSpan(at, length).IndexOf('.') < 0;

    private static bool MayBeName(ReadOnlySpan<char> word) =>
        word.Length >= 2 && char.IsLetter(word[0]) && !FactCatalog.NotSoftware.Contains(word) && word.IndexOfAny('/', '.') < 0;

    private static bool HasCapitalDigitOrJoiner(ReadOnlySpan<char> word)
    {
        foreach (var c in word) if (char.IsUpper(c) || char.IsAsciiDigit(c) || c is '-' or '_') return true;
        return false;
    }

    /// <summary>
    /// Whether the sentence holding <paramref name="at"/> names software only as an example of what is
    /// missing: a negation and then "such as" before it, or "e.g." before it and "are not provided" after it.
    /// </summary>
    private static bool OnlyMissing(string text, int at)
    {
        var start = at;
        while (start > 0 && !(text[start - 1] == '.' && start < text.Length && text[start] == ' ')) start--;
        var before = text.AsSpan(start, at - start);
        if (FactCatalog.OnlyMissing().IsMatch(before)) return true;
        if (!FactCatalog.ExampleOf().IsMatch(before)) return false;
        var end = text.IndexOf(". ", at, StringComparison.Ordinal);
        return FactCatalog.NotGiven().IsMatch(text.AsSpan(at, (end < 0 ? text.Length : end) - at));
    }
}
