namespace GillRepro.Parsing;

/// <summary>
/// The lines above the table, the same in both renderings: the notice, the title, the authors and the
/// venue line. Each reader takes one line and either reads it or says what it expected there.
/// </summary>
internal static class FrontMatter
{
    internal const string NoticePrefix = "Notice:";
    internal const string AuthorsPrefix = "Authors:";
    internal const string AuthorSeparator = ", ";

    internal const string ExpectedNotice = "a `Notice:` line";
    internal const string ExpectedTitle = "the paper's title";
    internal const string ExpectedAuthors = "the `Authors:` line";
    internal const string ExpectedVenue = "the venue line `<venue> <year>`, such as `NeurIPS 2023 | Venue PDF`";
    internal const string ExpectedYear = "a year of four digits after the venue name, such as `2023`";
    internal const string ExpectedLinkLabel = "a link label after `|`";

    /// <summary>The last notice read: pages of one site version share it word for word, so it is kept once.</summary>
    private static string _lastNotice = "";

    public static bool ReadNotice(in SourceLine line, out string value, out LineFailure failure)
    {
        if (IsNotice(line.Text))
        {
            var last = Volatile.Read(ref _lastNotice);
            value = line.Text.SequenceEqual(last) ? last : line.Text.ToString();
            Volatile.Write(ref _lastNotice, value);
            failure = default;
            return true;
        }
        value = "";
        failure = new LineFailure(line.Start, ExpectedNotice, Lines.Describe(line.Text));
        return false;
    }

    public static bool IsNotice(ReadOnlySpan<char> text) => text.StartsWith(NoticePrefix, StringComparison.Ordinal);

    public static bool IsAuthors(ReadOnlySpan<char> text) => text.StartsWith(AuthorsPrefix, StringComparison.Ordinal);

    public static bool ReadTitle(in SourceLine line, out string value, out LineFailure failure)
    {
        if (IsAuthors(line.Text))
        {
            value = "";
            failure = new LineFailure(line.Start, ExpectedTitle, Lines.Describe(line.Text));
            return false;
        }
        value = line.Text.ToString();
        failure = default;
        return true;
    }

    public static bool ReadAuthors(in SourceLine line, out IReadOnlyList<string> value, out LineFailure failure)
    {
        var text = line.Text;
        if (!IsAuthors(text))
        {
            value = [];
            failure = new LineFailure(line.Start, ExpectedAuthors, Lines.Describe(text));
            return false;
        }

        var names = text[AuthorsPrefix.Length..];
        if (names.StartsWith(" ")) names = names[1..];
        failure = default;
        value = Sequence.Own(Split(names));
        return true;
    }

    /// <summary>The names between the <c>, </c> separators, each as written; none for an empty line.</summary>
    private static string[] Split(ReadOnlySpan<char> names)
    {
        if (names.IsEmpty) return [];
        var result = new string[names.Count(AuthorSeparator) + 1];
        for (var i = 0; i < result.Length - 1; i++)
        {
            var comma = names.IndexOf(AuthorSeparator);
            result[i] = names[..comma].ToString();
            names = names[(comma + AuthorSeparator.Length)..];
        }
        result[^1] = names.ToString();
        return result;
    }

    public static bool ReadVenueLine(in SourceLine line, out (Venue Venue, IReadOnlyList<string> Links) value, out LineFailure failure) =>
        ReadVenueLine(line, skipEmptyLabels: false, out value, out failure);

    /// <summary>The venue line; with <paramref name="skipEmptyLabels"/>, an empty link label is passed over, not a failure.</summary>
    public static bool ReadVenueLine(in SourceLine line, bool skipEmptyLabels, out (Venue Venue, IReadOnlyList<string> Links) value, out LineFailure failure)
    {
        value = default;
        var text = line.Text;
        var bar = text.IndexOf('|');
        var head = (bar < 0 ? text : text[..bar]).TrimEnd(' ');
        var space = head.LastIndexOf(' ');
        var name = space < 0 ? [] : head[..space].Trim(' ');
        if (name.IsEmpty)
        {
            failure = new LineFailure(line.Start, ExpectedVenue, Lines.Describe(text));
            return false;
        }

        var year = head[(space + 1)..];
        if (year.Length != 4 || !char.IsAsciiDigit(year[0]) || !char.IsAsciiDigit(year[1]) || !char.IsAsciiDigit(year[2]) || !char.IsAsciiDigit(year[3]))
        {
            failure = new LineFailure(line.Start + space + 1, ExpectedYear, Lines.Describe(year));
            return false;
        }

        var links = new string[bar < 0 ? 0 : text[bar..].Count('|')];
        var count = 0;
        while (bar >= 0)
        {
            var rest = text[(bar + 1)..];
            var next = rest.IndexOf('|');
            var label = (next < 0 ? rest : rest[..next]).Trim(' ');
            if (label.IsEmpty && !skipEmptyLabels)
            {
                failure = new LineFailure(line.Start + bar + 1, ExpectedLinkLabel, next < 0 ? line.EndDescription : "`|`");
                return false;
            }
            if (!label.IsEmpty) links[count++] = label.ToString();
            bar = next < 0 ? -1 : bar + 1 + next;
        }
        if (count < links.Length) Array.Resize(ref links, count);

        value = (new Venue(name.ToString(), ((year[0] - '0') * 1000) + ((year[1] - '0') * 100) + ((year[2] - '0') * 10) + (year[3] - '0')), Sequence.Own(links));
        failure = default;
        return true;
    }
}
