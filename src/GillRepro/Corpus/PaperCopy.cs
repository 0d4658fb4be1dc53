namespace GillRepro.Corpus;

/// <summary>
/// A paper as read from one place (a file, or one scorecard of a stream), with how well it was read:
/// what <see cref="DistinctPapers"/> weighs when the same paper is met in several copies.
/// </summary>
/// <param name="Paper">The paper.</param>
/// <param name="Source">Where it was read, as the user names it, such as a file's path.</param>
/// <param name="Errors">The errors reading it reported (lenient reading keeps damaged papers); 0 for a paper read strictly.</param>
/// <param name="Span">Where the copy stands in its source (<see cref="ParseReport.Span"/>); <see cref="SourceSpan.None"/> when not known.</param>
public sealed record PaperCopy(Paper Paper, string Source, int Errors = 0, SourceSpan Span = default)
{
    /// <summary>The paper.</summary>
    public Paper Paper { get; init => field = value ?? throw new ArgumentNullException(nameof(Paper)); } = Paper ?? throw new ArgumentNullException(nameof(Paper));

    /// <summary>Where it was read.</summary>
    public string Source { get; init => field = value ?? throw new ArgumentNullException(nameof(Source)); } = Source ?? throw new ArgumentNullException(nameof(Source));

    /// <summary>The errors reading it reported.</summary>
    public int Errors { get; init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(Errors), value, "A count of errors is 0 or more."); } = Errors >= 0 ? Errors : throw new ArgumentOutOfRangeException(nameof(Errors), Errors, "A count of errors is 0 or more.");

    /// <summary>Where the copy is, as a message names it: the source, and the line its scorecard starts on when that is not the first.</summary>
    internal string Place => Span.Line > 1 ? $"{Source}:{Span.Line}" : Source;

    /// <summary>The copy a report read, with its errors and place; null when the report holds no paper.</summary>
    /// <param name="report">What lenient reading gave.</param>
    /// <param name="source">Where it was read.</param>
    public static PaperCopy? From(ParseReport report, string source)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Paper is not { } paper) return null;
        var errors = 0;
        foreach (var diagnostic in report.Diagnostics)
        {
            if (diagnostic.Severity == DiagnosticSeverity.Error) errors++;
        }
        return new PaperCopy(paper, source, errors, report.Span);
    }
}
