namespace GillRepro.Diagnostics;

/// <summary>What lenient parsing read: the paper (with every variable it could read) and every problem it met.</summary>
public sealed record ParseReport
{
    internal ParseReport(Paper? paper, EquatableArray<Diagnostic> diagnostics, ScorecardRendering rendering)
    {
        Paper = paper;
        Diagnostics = diagnostics;
        Rendering = rendering;
        foreach (var diagnostic in diagnostics.AsSpan())
        {
            if (diagnostic.Severity == DiagnosticSeverity.Error)
            {
                FirstError = diagnostic;
                break;
            }
        }
    }

    /// <summary>The paper; null when not even its title and venue could be read.</summary>
    public Paper? Paper { get; }

    /// <summary>Every problem, in source order.</summary>
    public EquatableArray<Diagnostic> Diagnostics { get; }

    /// <summary>The rendering that was read (detected, or as the options named it).</summary>
    public ScorecardRendering Rendering { get; }

    /// <summary>
    /// Where the scorecard stands in the text read: from where reading it began (the start of the text, or
    /// where the scorecard before it ended) to where the next begins or the text ends.
    /// </summary>
    public SourceSpan Span { get; internal init; }

    /// <summary>The first error in source order: where strict parsing stops. Null when there is none.</summary>
    public Diagnostic? FirstError { get; }

    /// <summary>True when no diagnostic is an error: the text is a valid scorecard, perhaps with warnings; strict parsing accepts exactly these.</summary>
    public bool IsValid => FirstError is null && Paper is not null;

    /// <summary>The report with <paramref name="preamble"/>'s diagnostics first: what was passed over before the scorecard.</summary>
    internal ParseReport After(Diagnostic[] preamble) => preamble.Length == 0 ? this : new ParseReport(Paper, [.. preamble, .. Diagnostics], Rendering) { Span = Span };

    /// <summary>The report with <paramref name="diagnostic"/> among its diagnostics, in source order (bytes that are not text, found by the decoder).</summary>
    internal ParseReport With(Diagnostic diagnostic)
    {
        var at = 0;
        while (at < Diagnostics.Count && Diagnostics[at].Span.Offset <= diagnostic.Span.Offset) at++;
        return new ParseReport(Paper, [.. Diagnostics.AsSpan()[..at], diagnostic, .. Diagnostics.AsSpan()[at..]], Rendering) { Span = Span };
    }

    /// <summary>The report with every span's offset moved (a document read out of a stream, whose lines and columns were counted in place).</summary>
    internal ParseReport Moved(int offset) => offset == 0 ? this : new ParseReport(
        Paper is { } paper ? paper with { Variables = [.. paper.Variables.Select(v => v with { Evidence = v.Evidence with { Span = v.Evidence.Span.Moved(offset) } })] } : null,
        [.. Diagnostics.Select(d => d.Moved(offset))],
        Rendering) { Span = Span.Moved(offset) };
}
