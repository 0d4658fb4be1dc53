namespace GillRepro.Facts;

/// <summary>
/// Reads links, hosts, anonymization and promises out of evidence text (docs/facts.md, "Code"). A link
/// starts where a scheme, <c>www.</c> or a host with a known ending stands; it runs to the next space, and
/// on over a space a PDF put inside it when what follows cannot start a new word of the sentence.
/// </summary>
internal static partial class CodeReader
{
    public static CodeFacts Read(string evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        if (evidence.Length == 0) return CodeFacts.None;
        var text = EvidenceText.Fold(evidence);
        var links = new List<string>();
        var hosts = new List<string>();
        var at = 0;
        while (at < text.Length)
        {
            var start = FactCatalog.LinkStart().Match(text, at);
            if (!start.Success) break;
            var (link, end) = Extend(text, start.Index, start.Groups["scheme"].Success);
            at = Math.Max(end, start.Index + start.Length);
            if (link is null) continue;
            if (!links.Contains(link)) links.Add(link);
            var host = HostOf(link);
            if (host.Length > 0 && !hosts.Contains(host)) hosts.Add(host);
        }
        var anonymized = FactCatalog.Anonymized().IsMatch(text) || hosts.Exists(h => h.StartsWith("anonymous.", StringComparison.Ordinal));
        var promised = FactCatalog.Promised().IsMatch(text);
        return links.Count == 0 && !anonymized && !promised
            ? CodeFacts.None
            : new CodeFacts(EquatableArray.Own(links.ToArray()), EquatableArray.Own(hosts.ToArray()), anonymized, promised);
    }

    /// <summary>The link that starts at <paramref name="start"/>, joined over the spaces a PDF put inside it, and where reading stopped.</summary>
    private static (string? Link, int End) Extend(string text, int start, bool scheme)
    {
        // A footnote number glued before the scheme ("2https://...") is not part of the link.
        while (start < text.Length && char.IsAsciiDigit(text[start])) start++;
        var link = new System.Text.StringBuilder();
        var i = start;
        var joins = 0;
        while (true)
        {
            var chunkEnd = i;
            while (chunkEnd < text.Length && !char.IsWhiteSpace(text[chunkEnd])) chunkEnd++;
            link.Append(text, i, chunkEnd - i);
            // Over one space, a piece that continues the address is joined to it.
            if (chunkEnd + 1 >= text.Length || text[chunkEnd] != ' ' || joins == 8) { i = chunkEnd; break; }
            var next = chunkEnd + 1;
            var nextEnd = next;
            while (nextEnd < text.Length && !char.IsWhiteSpace(text[nextEnd])) nextEnd++;
            if (!Continues(link, text.AsSpan(next, nextEnd - next), scheme)) { i = chunkEnd; break; }
            i = next;
            joins++;
        }
        var trimmed = Trim(link.ToString());
        return (IsLink(trimmed, scheme) ? trimmed : null, i);
    }

    /// <summary>Whether <paramref name="piece"/>, after one space, is the rest of the address so far (docs/facts.md lists the cases).</summary>
    private static bool Continues(System.Text.StringBuilder sofar, ReadOnlySpan<char> piece, bool scheme)
    {
        if (piece.IsEmpty || piece[0] is '(' or '[' or '"' or '\'' or '<') return false;
        if (piece.Contains("://", StringComparison.Ordinal) || piece.StartsWith("www.", StringComparison.OrdinalIgnoreCase)) return false;
        var address = sofar.ToString();
        var afterScheme = scheme && address.IndexOf("//", StringComparison.Ordinal) is var slashes and >= 0 ? address[(slashes + 2)..] : address;
        // "https: //host", "https://Di T-3D.github.io": no host with a dot yet.
        if (scheme && !afterScheme.Contains('.')) return true;
        var last = address[^1];
        if (last is '.' or ',' or ';' or ':' or ')')
        {
            // "www.cs. ucla.edu/": a sentence does not go on in lower case with a dot or a slash inside.
            return last == '.' && char.IsAsciiLetterLower(piece[0]) && Inner(piece).IndexOfAny('/', '.') >= 0;
        }
        if (last is '/' or '-' or '_' or '~' or '=' or '?' or '&' or '#')
        {
            return Inner(piece).IndexOfAny("/_.-~=?&#") >= 0 || HasCapitalInside(piece) || piece.ContainsAnyInRange('0', '9');
        }
        if (char.IsAsciiLetterUpper(piece[0]))
        {
            return !FactCatalog.SentenceWords.Contains(Trim(piece.ToString()));
        }
        return char.IsAsciiLetterLower(piece[0]) && Inner(piece).IndexOfAny("/_") >= 0;
    }

    private static ReadOnlySpan<char> Inner(ReadOnlySpan<char> piece) => piece.TrimEnd(".,;:)]}'\"");

    private static bool HasCapitalInside(ReadOnlySpan<char> piece)
    {
        for (var i = 1; i < piece.Length; i++) if (char.IsAsciiLetterUpper(piece[i])) return true;
        return false;
    }

    /// <summary>The address without the sentence's punctuation after it and without an unmatched closing bracket.</summary>
    private static string Trim(string link)
    {
        var end = link.Length;
        while (end > 0)
        {
            var c = link[end - 1];
            if (c is '.' or ',' or ';' or ':' or '\'' or '"' or '!' or '*' or ']' or '}' or '>') { end--; continue; }
            if (c == ')' && link.AsSpan(0, end).Count('(') < link.AsSpan(0, end).Count(')')) { end--; continue; }
            break;
        }
        return link[..end].Replace(" ", "", StringComparison.Ordinal);
    }

    /// <summary>A link has a host with a dot, and either a scheme, <c>www.</c>, a path or a known code host.</summary>
    private static bool IsLink(string link, bool scheme)
    {
        var host = HostOf(link);
        if (host.Length < 4 || !host.Contains('.')) return false;
        if (scheme || link.StartsWith("www.", StringComparison.OrdinalIgnoreCase)) return true;
        return link.Contains('/') || FactCatalog.IsCodeHost(host);
    }

    /// <summary>The link's host, lower case, without <c>www.</c>.</summary>
    internal static string HostOf(string link)
    {
        var span = link.AsSpan();
        var scheme = span.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0) span = span[(scheme + 3)..];
        var end = span.IndexOfAny("/?#:");
        if (end >= 0) span = span[..end];
        var host = span.ToString().ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }
}
