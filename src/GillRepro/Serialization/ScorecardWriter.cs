using System.Globalization;
using GillRepro.Parsing;
using GillRepro.Parsing.Markdown;
using GillRepro.Parsing.PlainText;

namespace GillRepro.Serialization;

/// <summary>
/// Writes a paper as a canonical scorecard in either rendering: LF line ends, no final newline, the
/// Index's header (and, in markdown, separator) row. A canonical input is reproduced byte for byte.
/// Fields the rendering cannot hold are refused with an <see cref="ArgumentException"/>, never mangled.
/// </summary>
internal static class ScorecardWriter
{
    public static void Write(Paper paper, TextWriter writer, ScorecardRendering rendering)
    {
        var plain = rendering == ScorecardRendering.PlainText;
        var block = plain ? "\n\n" : "\n";

        if (paper.Notice is { } notice)
        {
            writer.Write(SingleLine(notice, "the notice"));
            writer.Write(block);
        }

        writer.Write(SingleLine(paper.Title, "the title"));
        writer.Write(block);

        writer.Write(FrontMatter.AuthorsPrefix);
        for (var i = 0; i < paper.Authors.Count; i++)
        {
            writer.Write(i == 0 ? " " : FrontMatter.AuthorSeparator);
            writer.Write(SingleLine(paper.Authors[i], "an author's name"));
        }
        writer.Write(block);

        writer.Write(Cell(paper.Venue.Name, "the venue"));
        writer.Write(' ');
        writer.Write(paper.Venue.Year.ToString(CultureInfo.InvariantCulture));
        foreach (var link in paper.Links)
        {
            writer.Write(" | ");
            writer.Write(Cell(link, "a link label"));
        }
        writer.Write(block);

        if (plain) WritePlainTable(paper, writer);
        else WriteMarkdownTable(paper, writer);
    }

    private static void WriteMarkdownTable(Paper paper, TextWriter writer)
    {
        writer.Write(MarkdownTable.HeaderRow);
        writer.Write('\n');
        writer.Write(MarkdownTable.SeparatorRow);
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

    private static void WritePlainTable(Paper paper, TextWriter writer)
    {
        writer.Write(PlainTextTable.HeaderLine);
        foreach (var variable in paper.Variables)
        {
            if (variable.Kind == VariableKind.Unknown)
                throw new ArgumentException($"Cannot write the variable '{variable.Name}' as plain text: only the nine known variables can be told apart without pipes.", "paper");
            var result = Cell(variable.Result.Text, $"the result of '{variable.Name}'");
            if (result.Contains(' '))
                throw new ArgumentException($"Cannot write the result '{result}' of '{variable.Name}' as plain text: a result is one word there.", "paper");

            writer.Write('\n');
            writer.Write(variable.Name);
            writer.Write(' ');
            writer.Write(result);
            if (variable.Evidence.Text.Length > 0)
            {
                writer.Write(' ');
                writer.Write(SingleLine(variable.Evidence.Text, $"the evidence of '{variable.Name}'"));
            }
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
