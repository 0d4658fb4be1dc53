using Sprache;

namespace GillRepro.Parsing;

/// <summary>
/// The scorecard grammar. Each block of a page is one line, read by a <see cref="Lines"/> primitive;
/// Sprache combinators put the lines together into a <see cref="Paper"/>:
/// <code>
/// document  = [notice] title authors venue header separator row {row} {blank line} end
/// row       = "|" name "|" result "|" evidence "|"      (evidence runs to the line's last pipe)
/// </code>
/// </summary>
internal static class ScorecardGrammar
{
    internal const string NoticePrefix = "Notice:";
    internal const string AuthorsPrefix = "Authors:";
    internal const string AuthorSeparator = ", ";
    internal const string HeaderRow = "| Reproducibility Variable | Result | LLM Response |";
    internal const string SeparatorRow = "|---|---|---|";
    private const string RowShape = "`| <variable> | <result> | <evidence> |`";

    private static readonly string[] HeaderCells = ["Reproducibility Variable", "Result", "LLM Response"];

    /// <summary>An optional first line that starts with <c>Notice:</c>.</summary>
    internal static readonly Parser<string?> Notice =
        Lines.Line<string>("a `Notice:` line", ReadNotice, skipBlankLines: true).OrNull();

    /// <summary>The paper's title: the first line with text after the notice.</summary>
    internal static readonly Parser<string> Title =
        Lines.Line<string>("the paper's title", ReadTitle, skipBlankLines: true);

    /// <summary><c>Authors: A, B, C</c>.</summary>
    internal static readonly Parser<IReadOnlyList<string>> Authors =
        Lines.Line<IReadOnlyList<string>>("the `Authors:` line", ReadAuthors, skipBlankLines: true);

    /// <summary><c>NeurIPS 2023 | Venue PDF | LLM Run Details</c>.</summary>
    internal static readonly Parser<(Venue Venue, IReadOnlyList<string> Links)> VenueLine =
        Lines.Line<(Venue Venue, IReadOnlyList<string> Links)>("the venue line, such as `NeurIPS 2023 | Venue PDF`", ReadVenueLine, skipBlankLines: true);

    /// <summary><c>| Reproducibility Variable | Result | LLM Response |</c>, in any letter case.</summary>
    internal static readonly Parser<bool> Header =
        Lines.Line<bool>($"the table header `{HeaderRow}`", ReadHeader, skipBlankLines: true);

    /// <summary><c>|---|---|---|</c>, with optional colons and spaces.</summary>
    internal static readonly Parser<bool> Separator =
        Lines.Line<bool>($"the table's separator row `{SeparatorRow}`", ReadSeparator);

    /// <summary>One row of the table.</summary>
    internal static readonly Parser<Variable> Row =
        Lines.Line<Variable>($"a table row {RowShape}", ReadRow);

    /// <summary>The table's rows: at least one, then any number, each on the next line.</summary>
    internal static readonly Parser<IReadOnlyList<Variable>> Rows =
        Combinators.Sequence(Row, Row.XMany(), Prepend);

    internal static readonly Parser<int> End =
        Lines.EndOfInput($"the end of the scorecard or a table row {RowShape} (with no blank line above it)");

    private static readonly Parser<(string? Notice, string Title, IReadOnlyList<string> Authors, (Venue Venue, IReadOnlyList<string> Links) Venue)> Front =
        Combinators.Sequence(Notice, Title, Authors, VenueLine, static (notice, title, authors, venue) => (notice, title, authors, venue));

    private static readonly Parser<IReadOnlyList<Variable>> Table =
        Combinators.Sequence(Header, Separator, Rows, End, static (_, _, rows, _) => rows);

    /// <summary>A whole scorecard in the markdown rendering.</summary>
    internal static readonly Parser<Paper> Document =
        Combinators.Sequence(Front, Table, static (front, rows) =>
            new Paper(front.Notice, front.Title, front.Authors, front.Venue.Venue, front.Venue.Links, rows));

    private static bool ReadNotice(in SourceLine line, out string value, out LineFailure failure)
    {
        if (line.Text.StartsWith(NoticePrefix, StringComparison.Ordinal))
        {
            value = line.Text.ToString();
            failure = default;
            return true;
        }
        value = "";
        failure = new LineFailure(line.Start, "a `Notice:` line", Lines.Describe(line.Text));
        return false;
    }

    private static bool ReadTitle(in SourceLine line, out string value, out LineFailure failure)
    {
        if (line.Text.StartsWith(AuthorsPrefix, StringComparison.Ordinal))
        {
            value = "";
            failure = new LineFailure(line.Start, "the paper's title", Lines.Describe(line.Text));
            return false;
        }
        value = line.Text.ToString();
        failure = default;
        return true;
    }

    private static bool ReadAuthors(in SourceLine line, out IReadOnlyList<string> value, out LineFailure failure)
    {
        var text = line.Text;
        if (!text.StartsWith(AuthorsPrefix, StringComparison.Ordinal))
        {
            value = [];
            failure = new LineFailure(line.Start, "the `Authors:` line", Lines.Describe(text));
            return false;
        }

        var names = text[AuthorsPrefix.Length..];
        if (names.StartsWith(" ")) names = names[1..];
        failure = default;
        value = names.IsEmpty ? Sequence.Own(Array.Empty<string>()) : Sequence.Own(names.ToString().Split(AuthorSeparator));
        return true;
    }

    private static bool ReadVenueLine(in SourceLine line, out (Venue, IReadOnlyList<string>) value, out LineFailure failure)
    {
        value = default;
        var text = line.Text;
        var bar = text.IndexOf('|');
        var head = (bar < 0 ? text : text[..bar]).TrimEnd(' ');
        var space = head.LastIndexOf(' ');
        var name = space < 0 ? [] : head[..space].TrimEnd(' ');
        if (name.IsEmpty || name.TrimStart(' ').IsEmpty)
        {
            failure = new LineFailure(line.Start, "the venue line `<venue> <year>`, such as `NeurIPS 2023`", Lines.Describe(text));
            return false;
        }

        var year = head[(space + 1)..];
        if (year.Length is 0 or > 4 || year.ContainsAnyExcept("0123456789"))
        {
            failure = new LineFailure(line.Start + space + 1, "a year of digits after the venue name, such as `2023`", Lines.Describe(year));
            return false;
        }

        var links = new List<string>();
        while (bar >= 0)
        {
            var rest = text[(bar + 1)..];
            var next = rest.IndexOf('|');
            var label = (next < 0 ? rest : rest[..next]).Trim(' ');
            if (label.IsEmpty)
            {
                failure = new LineFailure(line.Start + bar + 1, "a link label after `|`", next < 0 ? line.EndDescription : "`|`");
                return false;
            }
            links.Add(label.ToString());
            bar = next < 0 ? -1 : bar + 1 + next;
        }

        value = (new Venue(name.ToString(), int.Parse(year, provider: System.Globalization.CultureInfo.InvariantCulture)), Sequence.Own(links.ToArray()));
        failure = default;
        return true;
    }

    private static bool ReadHeader(in SourceLine line, out bool value, out LineFailure failure)
    {
        value = true;
        failure = default;
        var text = line.Text;
        if (text.Length >= 2 && text[0] == '|' && text[^1] == '|')
        {
            var cells = text[1..];
            var matched = 0;
            while (matched < HeaderCells.Length)
            {
                var bar = cells.IndexOf('|');
                if (bar < 0 || !cells[..bar].Trim(' ').Equals(HeaderCells[matched], StringComparison.OrdinalIgnoreCase)) break;
                cells = cells[(bar + 1)..];
                matched++;
            }
            if (matched == HeaderCells.Length && cells.IsEmpty) return true;
        }
        failure = new LineFailure(line.Start, $"the table header `{HeaderRow}`", Lines.Describe(text));
        return false;
    }

    private static bool ReadSeparator(in SourceLine line, out bool value, out LineFailure failure)
    {
        value = true;
        failure = default;
        var text = line.Text;
        var i = 0;
        if (text.Length > 0 && text[0] == '|')
        {
            i = 1;
            for (var cell = 0; cell < HeaderCells.Length; cell++)
            {
                while (i < text.Length && text[i] == ' ') i++;
                if (i < text.Length && text[i] == ':') i++;
                var dashes = i;
                while (i < text.Length && text[i] == '-') i++;
                if (i == dashes) break;
                if (i < text.Length && text[i] == ':') i++;
                while (i < text.Length && text[i] == ' ') i++;
                if (i == text.Length || text[i] != '|') break;
                i++;
            }
            if (i == text.Length && text.Count('|') == HeaderCells.Length + 1) return true;
        }
        failure = new LineFailure(line.Start, $"the table's separator row `{SeparatorRow}`", Lines.Describe(text));
        return false;
    }

    private static bool ReadRow(in SourceLine line, out Variable value, out LineFailure failure)
    {
        value = null!;
        var source = line.Source;
        var text = line.Text;
        var first = text.IndexOf('|');
        if (first < 0 || !text[..first].IsWhiteSpace())
        {
            failure = new LineFailure(line.Start, $"a table row {RowShape}", Lines.Describe(text));
            return false;
        }

        var second = IndexOfPipe(text, first + 1);
        var third = second < 0 ? -1 : IndexOfPipe(text, second + 1);
        if (third < 0)
        {
            var expected = second < 0 ? "`|` after the variable name" : "`|` after the result";
            failure = new LineFailure(line.End, expected, line.EndDescription);
            return false;
        }

        if (text[^1] != '|')
        {
            failure = new LineFailure(line.End, "`|` closing the row", line.EndDescription);
            return false;
        }

        var last = text.Length - 1;
        if (last == third)
        {
            failure = new LineFailure(line.End, "a third cell, the evidence, and its closing `|`", line.EndDescription);
            return false;
        }

        var name = text[(first + 1)..second].Trim(' ');
        if (name.IsEmpty)
        {
            failure = new LineFailure(line.Start + first + 1, "a variable name", "an empty cell");
            return false;
        }

        var result = text[(second + 1)..third].Trim(' ');
        if (result.IsEmpty)
        {
            failure = new LineFailure(line.Start + second + 1, "a result, such as `Yes` or `No`", "an empty cell");
            return false;
        }

        // The evidence is everything between the third pipe and the last one, less one space of padding on each side.
        var start = line.Start + third + 1;
        var end = line.Start + last;
        if (start < end && source[start] == ' ') start++;
        if (end > start && source[end - 1] == ' ') end--;
        var span = new SourceSpan(start, end - start, line.Number, line.ColumnOf(start));
        value = new Variable(Vocabulary.Intern(name), new Result(Vocabulary.Intern(result)), new Evidence(source[start..end], span));
        failure = default;
        return true;
    }

    private static int IndexOfPipe(ReadOnlySpan<char> text, int from)
    {
        var index = text[from..].IndexOf('|');
        return index < 0 ? -1 : from + index;
    }

    private static IReadOnlyList<Variable> Prepend(Variable first, IEnumerable<Variable> rest)
    {
        var tail = rest as ICollection<Variable> ?? [.. rest];
        var all = new Variable[tail.Count + 1];
        all[0] = first;
        tail.CopyTo(all, 1);
        return Sequence.Own(all);
    }
}
