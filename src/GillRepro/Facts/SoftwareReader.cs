namespace GillRepro.Facts;

/// <summary>
/// Reads software dependencies out of evidence text (docs/facts.md, "Software"): runs of up to four words
/// looked up in the catalogue, longest first, so "Py Torch" and "Tensor Flow" are found as a PDF broke
/// them; then any other word right before a version with a dot ("monai 1.1.0"). A version is what stands
/// right after the name, past a citation, "version", "v" or an opening bracket.
/// </summary>
internal static class SoftwareReader
{
    private readonly record struct Word(int Start, int End);

    public static EquatableArray<SoftwareDependency> Read(string evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        if (evidence.Length == 0) return [];
        var text = EvidenceText.Fold(evidence);
        var words = Words(text);
        List<SoftwareDependency>? found = null;
        for (var i = 0; i < words.Count; i++)
        {
            if (Known(text, words, i) is var (name, last))
            {
                var version = VersionAfter(text, words[last].End, requireDot: false);
                if (name == "R" && version is null) continue;
                if (version is null && OnlyMissing(text, words[i].Start)) { i = last; continue; }
                Add(ref found, name, version);
                i = last;
                continue;
            }
            var word = text.AsSpan(words[i].Start, words[i].End - words[i].Start);
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
            while (i < text.Length && (IsWordChar(text[i]) || (text[i] is '.' or '-' or '_' or '@' or '+' or '#' or '/' && i + 1 < text.Length && IsWordChar(text[i + 1])) || text[i] is '+' or '#')) i++;
            var end = i;
            if (end > start) words.Add(new Word(start, end));
        }
        return words;
    }

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c);   // names are ASCII; other scripts end a word

    /// <summary>The catalogue's name for the longest run of words from <paramref name="first"/> that spells one, and the run's last word.</summary>
    private static (string Name, int Last)? Known(string text, List<Word> words, int first)
    {
        for (var count = Math.Min(FactCatalog.LongestName, words.Count - first); count >= 1; count--)
        {
            var last = first + count - 1;
            // A run spans words one space apart only (a PDF's break), never over punctuation.
            var joined = true;
            for (var k = first; k < last; k++)
            {
                if (words[k + 1].Start - words[k].End != 1 || text[words[k].End] != ' ') { joined = false; break; }
            }
            if (!joined) continue;
            var span = text.AsSpan(words[first].Start, words[last].End - words[first].Start);
            if (span.Contains('/')) continue;
            if (!FactCatalog.SoftwareNames.TryGetValue(FactCatalog.Fold(span), out var name)) continue;
            if (FactCatalog.CapitalOnly.Contains(name) || FactCatalog.CapitalOnly.Contains(span.ToString()))
            {
                if (!char.IsUpper(span[0])) continue;
            }
            return (name, last);
        }
        return null;
    }

    private static string? VersionAfter(string text, int end, bool requireDot)
    {
        if (end >= text.Length) return null;
        var match = FactCatalog.VersionAfter().Match(text, end);
        if (!match.Success) return null;
        var version = match.Groups["v"].Value.TrimEnd('+');
        if (requireDot && !version.Contains('.') && !version.StartsWith('R')) return null;
        return version;
    }

    private static bool MayBeName(ReadOnlySpan<char> word) =>
        word.Length >= 2 && char.IsLetter(word[0]) && !FactCatalog.NotSoftware.Contains(word.ToString()) && word.IndexOfAny('/', '.') < 0;

    private static bool HasCapitalDigitOrJoiner(ReadOnlySpan<char> word)
    {
        foreach (var c in word) if (char.IsUpper(c) || char.IsAsciiDigit(c) || c is '-' or '_') return true;
        return false;
    }

    /// <summary>Whether the sentence holding <paramref name="at"/> names software only as an example of what is missing, before it.</summary>
    private static bool OnlyMissing(string text, int at)
    {
        var start = at;
        while (start > 0 && !(text[start - 1] == '.' && start < text.Length && text[start] == ' ')) start--;
        return FactCatalog.OnlyMissing().IsMatch(text.AsSpan(start, at - start));
    }
}
