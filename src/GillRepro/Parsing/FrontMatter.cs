namespace GillRepro.Parsing;

/// <summary>The venue line, read: the venue (null where it could not be read) and the link labels.</summary>
internal readonly record struct VenueLine(Venue? Venue, IReadOnlyList<string> Links);

/// <summary>
/// The line readers for the blocks above the table, the same in every rendering: the notice, the title,
/// the authors and the venue line. Each says whether a line is of its kind and reads it, problems and all.
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

    public static bool IsNotice(ReadOnlySpan<char> text) => text.StartsWith(NoticePrefix, StringComparison.Ordinal);

    public static bool IsAuthors(ReadOnlySpan<char> text) => text.StartsWith(AuthorsPrefix, StringComparison.Ordinal);

    /// <summary>A line starting with <c>Notice:</c>.</summary>
    public static bool ReadNotice(in SourceLine line, out string value)
    {
        value = IsNotice(line.Text) ? line.Text.ToString() : "";
        return value.Length > 0;
    }

    /// <summary>Any line but the <c>Authors:</c> line, which means the title is missing.</summary>
    public static bool ReadTitle(in SourceLine line, out Reading<string> value)
    {
        value = Reading<string>.Clean(IsAuthors(line.Text) ? "" : line.Text.ToString());
        return !IsAuthors(line.Text);
    }

    /// <summary><c>Authors: A, B, C</c>: the names between the <c>, </c> separators, each as written.</summary>
    public static bool ReadAuthors(in SourceLine line, out Reading<IReadOnlyList<string>> value)
    {
        var text = line.Text;
        if (!IsAuthors(text))
        {
            value = default;
            return false;
        }

        var names = text[AuthorsPrefix.Length..];
        if (names.StartsWith(" ")) names = names[1..];
        var result = new List<string>();
        while (!names.IsEmpty)
        {
            var comma = names.IndexOf(AuthorSeparator);
            if (comma < 0)
            {
                result.Add(names.ToString());
                break;
            }
            result.Add(names[..comma].ToString());
            names = names[(comma + AuthorSeparator.Length)..];
            if (names.IsEmpty) result.Add("");
        }
        value = Reading<IReadOnlyList<string>>.Clean(Sequence.Own(result.ToArray()));
        return true;
    }

    /// <summary>
    /// <c>NeurIPS 2023 | Venue PDF | LLM Run Details</c>: the venue is everything before the last space of
    /// the text before the first <c>|</c>, the year four digits after it. Any line that does not start the
    /// table is taken as the venue line, and what is wrong with it reported.
    /// </summary>
    public static bool ReadVenueLine(in SourceLine line, out Reading<VenueLine> value)
    {
        var text = line.Text;
        if (Rendering.OpensAnyTable(text))
        {
            value = default;
            return false;
        }

        var bar = text.IndexOf('|');
        var head = (bar < 0 ? text : text[..bar]).TrimEnd(' ');
        var space = head.LastIndexOf(' ');
        var name = space < 0 ? [] : head[..space].Trim(' ');
        if (name.IsEmpty)
        {
            value = Failed(line, line.Start, DiagnosticCodes.BadVenueLine, ExpectedVenue, SourceLine.Describe(text));
            return true;
        }

        var year = head[(space + 1)..];
        if (year.Length != 4 || !char.IsAsciiDigit(year[0]) || !char.IsAsciiDigit(year[1]) || !char.IsAsciiDigit(year[2]) || !char.IsAsciiDigit(year[3]))
        {
            value = Failed(line, line.Start + space + 1, DiagnosticCodes.BadYear, "a year of four digits after the venue name, such as `2023`", SourceLine.Describe(year));
            return true;
        }

        var links = new List<string>();
        Diagnostic? emptyLabel = null;
        while (bar >= 0)
        {
            var rest = text[(bar + 1)..];
            var next = rest.IndexOf('|');
            var label = (next < 0 ? rest : rest[..next]).Trim(' ');
            if (!label.IsEmpty) links.Add(label.ToString());
            else emptyLabel ??= new Diagnostic(DiagnosticCodes.EmptyLinkLabel, DiagnosticSeverity.Warning,
                $"expected a link label after `|`, found {(next < 0 ? line.EndDescription : "`|`")}", line.SpanFrom(line.Start + bar + 1), "the empty label is left out");
            bar = next < 0 ? -1 : bar + 1 + next;
        }

        var venue = new Venue(name.ToString(), int.Parse(year, provider: System.Globalization.CultureInfo.InvariantCulture));
        var read = new VenueLine(venue, Sequence.Own(links.ToArray()));
        value = emptyLabel is null ? Reading<VenueLine>.Clean(read) : Reading<VenueLine>.With(read, emptyLabel);
        return true;
    }

    private static Reading<VenueLine> Failed(in SourceLine line, int offset, string code, string expected, string found) =>
        Reading<VenueLine>.With(new VenueLine(null, []),
            new Diagnostic(code, DiagnosticSeverity.Error, $"expected {expected}, found {found}", line.SpanFrom(offset), "the line is skipped"));
}
