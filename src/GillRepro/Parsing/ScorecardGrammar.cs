using GillRepro.Parsing.Markdown;
using GillRepro.Parsing.PlainText;
using Sprache;

namespace GillRepro.Parsing;

/// <summary>
/// The strict scorecard grammar, for both renderings. Each block of a page is one line, read by a
/// <see cref="Lines"/> primitive; Sprache combinators put the lines together into a <see cref="Paper"/>:
/// <code>
/// document = [notice] title authors venue header [separator] row {row} {blank line} end
/// </code>
/// The markdown table has a separator row and pipe rows; the plain-text table has neither.
/// The first problem stops the parse with its line, column, expectation and what was found.
/// </summary>
internal static class ScorecardGrammar
{
    /// <summary>An optional first line that starts with <c>Notice:</c>.</summary>
    internal static readonly Parser<string?> Notice =
        Lines.Line<string>(FrontMatter.ExpectedNotice, FrontMatter.ReadNotice, skipBlankLines: true).OrNull();

    /// <summary>The paper's title: the first line with text after the notice.</summary>
    internal static readonly Parser<string> Title =
        Lines.Line<string>(FrontMatter.ExpectedTitle, FrontMatter.ReadTitle, skipBlankLines: true);

    /// <summary><c>Authors: A, B, C</c>.</summary>
    internal static readonly Parser<IReadOnlyList<string>> Authors =
        Lines.Line<IReadOnlyList<string>>(FrontMatter.ExpectedAuthors, FrontMatter.ReadAuthors, skipBlankLines: true);

    /// <summary><c>NeurIPS 2023 | Venue PDF | LLM Run Details</c>.</summary>
    internal static readonly Parser<(Venue Venue, IReadOnlyList<string> Links)> VenueLine =
        Lines.Line<(Venue Venue, IReadOnlyList<string> Links)>(FrontMatter.ExpectedVenue, FrontMatter.ReadVenueLine, skipBlankLines: true);

    private static readonly Parser<FrontBlock> Front =
        Combinators.Sequence(Notice, Title, Authors, VenueLine,
            static (notice, title, authors, venue) => new FrontBlock(notice, title, authors, venue.Venue, venue.Links));

    /// <summary>A whole scorecard in the markdown rendering.</summary>
    internal static readonly Parser<Paper> Markdown = Document(
        Combinators.Sequence(
            Lines.Match($"the table header `{MarkdownTable.HeaderRow}`", MarkdownTable.IsHeader, skipBlankLines: true),
            Lines.Match($"the table's separator row `{MarkdownTable.SeparatorRow}`", MarkdownTable.IsSeparator),
            static (_, _) => true),
        MarkdownTable.Scan,
        MarkdownTable.RowPattern,
        pipes: true);

    /// <summary>A whole scorecard in the plain-text rendering.</summary>
    internal static readonly Parser<Paper> PlainText = Document(
        Lines.Match($"the table header `{PlainTextTable.HeaderLine}`", PlainTextTable.IsHeader, skipBlankLines: true),
        PlainTextTable.Scan,
        PlainTextTable.RowPattern,
        pipes: false);

    private static Parser<Paper> Document(Parser<bool> header, RowScanner scan, string rowShape, bool pipes)
    {
        var rows = Lines.Repeated<SourceRow, IReadOnlyList<Variable>>($"a table row {rowShape}",
            (in SourceLine line, out SourceRow value, out LineFailure failure) => ReadRow(line, scan(line), rowShape, pipes, out value, out failure),
            static (source, rows) => new LazyList<SourceRow, Variable>(source, rows));
        var end = Lines.EndOfInput($"the end of the scorecard or a table row {rowShape} (with no blank line above it)");
        var table = Combinators.Sequence(header, rows, end, static (_, variables, _) => variables);
        return Combinators.Sequence(Front, table, static (front, variables) => front.ToPaper(variables));
    }

    /// <summary>A scanned row as a variable, or the failure a person can act on.</summary>
    private static bool ReadRow(in SourceLine line, RowScan row, string rowShape, bool pipes, out SourceRow value, out LineFailure failure)
    {
        if (row.Shape == RowShape.Whole)
        {
            value = row.ToRow(line);
            failure = default;
            return true;
        }

        value = default;
        var at = row.ProblemOffset;
        var end = line.EndDescription;
        failure = row.Shape switch
        {
            RowShape.NotARow => new LineFailure(at, $"a table row {rowShape}", Lines.Describe(line.Text)),
            RowShape.EndsInName => new LineFailure(at, "`|` after the variable name", end),
            RowShape.EndsInResult when !pipes => new LineFailure(at, "a result after the variable name", end),
            RowShape.EndsInResult => new LineFailure(at, "`|` after the result", end),
            RowShape.EndsInEvidence => new LineFailure(at, "`|` closing the row", end),
            RowShape.TwoCells => new LineFailure(at, "a third cell, the evidence, and its closing `|`", end),
            RowShape.EmptyName => new LineFailure(at, "a variable name", "an empty cell"),
            RowShape.EmptyResult => new LineFailure(at, "a result, such as `Yes` or `No`", "an empty cell"),
            _ => throw new InvalidOperationException($"Unknown row shape {row.Shape}."),
        };
        return false;
    }
}

/// <summary>Scans one line as a table row of a rendering.</summary>
internal delegate RowScan RowScanner(in SourceLine line);

/// <summary>The lines above the table, read.</summary>
internal sealed record FrontBlock(string? Notice, string Title, IReadOnlyList<string> Authors, Venue Venue, IReadOnlyList<string> Links)
{
    public Paper ToPaper(IReadOnlyList<Variable> variables) => new(Notice, Title, Authors, Venue, Links, variables);
}
