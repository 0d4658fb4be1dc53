using Sprache;
using static GillRepro.DiagnosticCodes;

namespace GillRepro.Parsing;

/// <summary>
/// The scorecard grammar, production for production as <c>docs/format.md</c> writes it in EBNF:
/// <code>
/// scorecard  = front , table , end of input ;
/// front      = [ notice ] , title , authors , venue ;
/// table      = frame , { table-line } ;           (* frame: the rendering's header (and separator) *)
/// table-line = row | blank | stray ;
/// </code>
/// Each leaf reads one whole line (<see cref="Lines"/>, <see cref="FrontMatter"/>, <see cref="TableRows"/>);
/// Sprache's <c>from … select</c>, <c>Optional</c>, <c>Or</c>, <c>Many</c> and <c>End</c> compose them.
/// The grammar never stops at a problem: a block that is missing or wrong reads as a fallback with a
/// diagnostic, so one pass gives the lenient report, and strict parsing is that report refused at its
/// first error. Both policies therefore always agree about a text.
/// </summary>
internal static class ScorecardGrammar
{
    // notice = "Notice:" , text ;
    private static readonly Parser<string> Notice =
        Lines.Line<string>(FrontMatter.ExpectedNotice, FrontMatter.ReadNotice);

    // title = text ;   (* any line but the authors line *)
    private static readonly Parser<Reading<string>> Title =
        Lines.Line<Reading<string>>(FrontMatter.ExpectedTitle, FrontMatter.ReadTitle)
            .Or(Lines.Missing(MissingTitle, DiagnosticSeverity.Error, FrontMatter.ExpectedTitle, ""));

    // authors = "Authors:" , [ " " ] , [ name , { ", " , name } ] ;
    private static readonly Parser<Reading<IReadOnlyList<string>>> Authors =
        Lines.Line<Reading<IReadOnlyList<string>>>(FrontMatter.ExpectedAuthors, FrontMatter.ReadAuthors)
            .Or(Lines.Missing<IReadOnlyList<string>>(MissingAuthors, DiagnosticSeverity.Warning, FrontMatter.ExpectedAuthors, []));

    // venue = venue-name , " " , year , { "|" , label } ;
    private static readonly Parser<Reading<VenueLine>> Venue =
        Lines.Line<Reading<VenueLine>>(FrontMatter.ExpectedVenue, FrontMatter.ReadVenueLine)
            .Or(Lines.Missing(BadVenueLine, DiagnosticSeverity.Error, FrontMatter.ExpectedVenue, new VenueLine(null, [])));

    private static readonly Parser<Front> FrontMatterBlock =
        from notice in Notice.Optional()
        from title in Title
        from authors in Authors
        from venue in Venue
        select new Front(notice.GetOrDefault(), title, authors, venue);

    /// <summary>A whole scorecard in <paramref name="rendering"/>, read into a report.</summary>
    public static Parser<ParseReport> Scorecard(Rendering rendering)
    {
        // table-line = row | blank | stray ;
        var tableLine =
            Lines.Line("a table row", TableRows.Row(rendering), skipBlankLines: false)
                .Or(Lines.Line<Reading<TableRow>>("a blank line", TableRows.Blank, skipBlankLines: false))
                .Or(Lines.Line("a line", TableRows.Stray(rendering), skipBlankLines: false));

        return
            from front in FrontMatterBlock
            from frame in rendering.Frame
            from lines in tableLine.Many()
            from end in Lines.EndOfText.End()
            select Report(front, frame, lines, end, rendering);
    }

    private static ParseReport Report(Front front, Diagnostic[] frame, IEnumerable<Reading<TableRow>> lines, SourceSpan end, Rendering rendering)
    {
        var (rows, table) = TableRows.Complete(lines, end);
        var venue = front.Venue.Value;
        var paper = venue.Venue is { } read
            ? new Paper(front.Notice, front.Title.Value, front.Authors.Value, read, venue.Links, rows)
            : null;
        List<Diagnostic> diagnostics = [.. front.Title.Problems, .. front.Authors.Problems, .. front.Venue.Problems, .. frame, .. table];
        return new ParseReport(paper, diagnostics, rendering.Kind);
    }

    /// <summary>The lines above the table, read.</summary>
    private sealed record Front(string? Notice, Reading<string> Title, Reading<IReadOnlyList<string>> Authors, Reading<VenueLine> Venue);
}
