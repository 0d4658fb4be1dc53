using System.Globalization;
using Sprache;
using SpracheResult = Sprache.Result;

namespace GillRepro.Parsing;

/// <summary>
/// Lines the grammar passes over, each run read by one leaf: the text before a text's first scorecard
/// (<see cref="Preamble"/>, a site's navigation) and after a scorecard's table (<see cref="Footer"/>, a
/// browser's footer, a file's notes). A run is one leaf, not a <c>Many</c> of line leaves, because every
/// scorecard ends in a footer, mostly an empty one, and each Sprache level a scorecard passes through costs
/// about 0.6 KB a page (docs/architecture.md).
/// </summary>
internal static partial class ScorecardGrammar
{
    /// <summary>
    /// <c>preamble = line , { line } , &amp; start ;</c> the lines before the first <c>start</c>, when no
    /// table header comes before it: one warning (GR006) naming them. Fails, consuming nothing, when the
    /// first line with text starts the scorecard, or no start follows.
    /// </summary>
    public static readonly Parser<Diagnostic[]> Preamble = input =>
    {
        var at = (SourceInput)input;
        var line = SourceLine.At(at.Source, at.Position, at.Line, at.Column, at.Joinable).SkipBlankLines();
        var run = (Lines: 0, First: default(SourceSpan), Found: (string?)null, More: 0);
        while (!IsStart(line))
        {
            if ((line.IsBlank && line.EndsInput) || Rendering.IsAnyHeader(line.Text))
                return SpracheResult.Failure<Diagnostic[]>(input, "text before the scorecard", ["text before the scorecard"]);
            Add(ref run, line);
            line = line.NextLine();
        }
        return run.Lines == 0
            ? SpracheResult.Failure<Diagnostic[]>(input, "text before the scorecard", ["text before the scorecard"])
            : SpracheResult.Success(Warning(run, DiagnosticCodes.TextBeforeScorecard, "expected the scorecard's notice or title, found {0} before it"),
                new SourceInput(line.Source, line.Start, line.Number, line.StartColumn, line.Joinable));
    };

    /// <summary>
    /// <c>footer = { line - start } ;</c> every line after the table's last row up to the next
    /// <c>start</c> or the end of the text: one warning (GR039) naming them when they hold text. Never
    /// fails; it says where the table ended and, when another scorecard follows, its first line.
    /// </summary>
    public static readonly Parser<(SourceSpan TableEnd, Diagnostic[] Problems, SourceSpan? Next, string? NextFound)> Footer = input =>
    {
        var at = (SourceInput)input;
        var end = new SourceSpan(at.Position, 0, at.Line, at.Column);
        var line = SourceLine.At(at.Source, at.Position, at.Line, at.Column, at.Joinable);
        var run = (Lines: 0, First: default(SourceSpan), Found: (string?)null, More: 0);
        while (!(line.IsBlank && line.EndsInput) && !IsStart(line))
        {
            Add(ref run, line);
            if (line.EndsInput)
            {
                line = SourceLine.At(line.Source, line.Next, line.Number, line.ColumnOf(line.Next), line.Joinable);
                break;
            }
            line = line.NextLine();
        }
        var rest = line.IsBlank && line.EndsInput
            ? new SourceInput(line.Source, line.Source.Length, line.Number, line.ColumnOf(line.Source.Length), line.Joinable)
            : new SourceInput(line.Source, line.Start, line.Number, line.StartColumn, line.Joinable);
        var next = line.IsBlank && line.EndsInput ? null : line.Span.Length == 0 ? null : (SourceSpan?)line.Span;
        return SpracheResult.Success((end, Warning(run, DiagnosticCodes.TextAfterTable, "expected the end of the scorecard after its table, found {0}"),
            next, next is null ? null : SourceLine.Describe(line.Text)), rest);
    };

    /// <summary>Counts a line of a run passed over: the first with text is quoted, the others with text counted.</summary>
    private static void Add(ref (int Lines, SourceSpan First, string? Found, int More) run, in SourceLine line)
    {
        run.Lines++;
        if (line.IsBlank) return;
        if (run.Found is null) (run.First, run.Found) = (line.Span, SourceLine.Describe(line.Text));
        else run.More++;
    }

    /// <summary>One warning at a run's first line with text, quoting it and counting the others; none when every line is blank.</summary>
    private static Diagnostic[] Warning((int Lines, SourceSpan First, string? Found, int More) run, string code, string message)
    {
        if (run.Found is null) return [];
        var found = run.More == 0 ? run.Found : $"{run.Found} and {run.More} more {(run.More == 1 ? "line" : "lines")}";
        return [new Diagnostic(code, DiagnosticSeverity.Warning, string.Format(CultureInfo.InvariantCulture, message, found), run.First, "passed over")];
    }
}
