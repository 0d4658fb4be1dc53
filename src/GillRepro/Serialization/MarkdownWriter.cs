using GillRepro.Parsing;

namespace GillRepro.Serialization;

/// <summary>
/// Writes a paper as a canonical scorecard: LF line ends, no final newline, single spaces around cells,
/// the header and separator rows as the Index prints them. A canonical input is reproduced byte for byte.
/// </summary>
internal static class MarkdownWriter
{
    public static void Write(Paper paper, TextWriter writer)
    {
        if (paper.Notice is { } notice)
        {
            writer.Write(SingleLine(notice, "the notice"));
            writer.Write('\n');
        }

        writer.Write(SingleLine(paper.Title, "the title"));
        writer.Write('\n');

        writer.Write(ScorecardGrammar.AuthorsPrefix);
        for (var i = 0; i < paper.Authors.Count; i++)
        {
            writer.Write(i == 0 ? " " : ScorecardGrammar.AuthorSeparator);
            writer.Write(SingleLine(paper.Authors[i], "an author's name"));
        }
        writer.Write('\n');

        writer.Write(SingleLine(paper.Venue.Name, "the venue"));
        writer.Write(' ');
        writer.Write(paper.Venue.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var link in paper.Links)
        {
            writer.Write(" | ");
            writer.Write(Cell(link, "a link label"));
        }
        writer.Write('\n');

        writer.Write(ScorecardGrammar.HeaderRow);
        writer.Write('\n');
        writer.Write(ScorecardGrammar.SeparatorRow);

        foreach (var variable in paper.Variables)
        {
            writer.Write("\n| ");
            writer.Write(Cell(variable.Name, "a variable name"));
            writer.Write(" | ");
            writer.Write(Cell(variable.Result.Text, $"the result of '{variable.Name}'"));
            writer.Write(" | ");
            writer.Write(SingleLine(variable.Evidence.Text, $"the evidence of '{variable.Name}'"));
            writer.Write(" |");
        }
    }

    /// <summary>Text that must fit on one line.</summary>
    private static string SingleLine(string text, string what)
    {
        if (text.AsSpan().ContainsAny('\n', '\r'))
            throw new ArgumentException($"Cannot write {what} as a scorecard: it holds a line break.", "paper");
        return text;
    }

    /// <summary>Text that must fit in one table cell: one line, no pipe, not empty, no padding.</summary>
    private static string Cell(string text, string what)
    {
        SingleLine(text, what);
        if (text.Length == 0 || text.Contains('|') || text.Trim(' ', '\t').Length != text.Length)
            throw new ArgumentException($"Cannot write {what} ('{text}') as a table cell: it must be non-empty, without `|` or surrounding spaces.", "paper");
        return text;
    }
}
