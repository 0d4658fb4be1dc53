namespace GillRepro.Serialization;

/// <summary>A text of one scorecard and its canonical form (<see cref="Scorecard.Format"/>).</summary>
public sealed record CanonicalForm
{
    private CanonicalForm(CanonicalStatus status, string? text, ScorecardRendering rendering, string? reason, Diagnostic? problem)
    {
        Status = status;
        Text = text;
        Rendering = rendering;
        Reason = reason;
        Problem = problem;
    }

    /// <summary>Whether the text is canonical, was rewritten, or is left as it is.</summary>
    public CanonicalStatus Status { get; }

    /// <summary>The canonical text (LF line ends, no final newline); null when refused.</summary>
    public string? Text { get; }

    /// <summary>The rendering the text was read in, and the canonical form is written in.</summary>
    public ScorecardRendering Rendering { get; }

    /// <summary>Why rewriting was refused, in a sentence; null otherwise.</summary>
    public string? Reason { get; }

    /// <summary>The diagnostic behind the refusal, at its place in the text (an error, or text passed over); null otherwise, and for a field the rendering cannot hold.</summary>
    public Diagnostic? Problem { get; }

    internal static CanonicalForm Of(string text, ParseReport report)
    {
        if (report.FirstError is { } error || report.Paper is null)
        {
            var first = report.FirstError ?? report.Diagnostics.FirstOrDefault();
            return Refused(report, "it has an error, and rewriting would lose what lenient reading could not keep", first);
        }
        foreach (var diagnostic in report.Diagnostics.AsSpan())
        {
            if (diagnostic.Code is DiagnosticCodes.TextBeforeScorecard or DiagnosticCodes.TextAfterTable)
                return Refused(report, "it holds text outside the scorecard, which rewriting would drop", diagnostic);
        }
        var rendering = Parsing.Rendering.Of(report.Rendering);
        if (ScorecardWriter.Refusal(report.Paper, rendering) is { } rule) return Refused(report, $"it cannot be written canonically in its rendering: {rule}", null);
        var canonical = Scorecard.ToText(report.Paper, report.Rendering);
        return string.Equals(canonical, text, StringComparison.Ordinal)
            ? new CanonicalForm(CanonicalStatus.Canonical, canonical, report.Rendering, null, null)
            : new CanonicalForm(CanonicalStatus.Rewritten, canonical, report.Rendering, null, null);
    }

    private static CanonicalForm Refused(ParseReport report, string reason, Diagnostic? problem) =>
        new(CanonicalStatus.Refused, null, report.Rendering, reason, problem);
}
