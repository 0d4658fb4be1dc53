namespace GillRepro.Corpus;

/// <summary>
/// What <see cref="DistinctPapers.Weigh"/> made of a copy: whether it counts, the other copy it replaces or
/// loses to, and the variables whose results the two copies differ in.
/// </summary>
public sealed record CopyOutcome
{
    internal CopyOutcome(string key, CopyStanding standing, PaperCopy copy, string? other, Paper? replaced, EquatableArray<string> differences, bool complete = false)
    {
        Key = key;
        Standing = standing;
        Copy = copy;
        Other = other;
        Replaced = replaced;
        Differences = differences;
        IsComplete = complete;
    }

    /// <summary>With <see cref="CopyStanding.Replaces"/>: true when the copy replaces one because it is complete and that one was not.</summary>
    private bool IsComplete { get; }

    /// <summary>
    /// What a reader of this copy is told, at the copy's place (<see cref="PaperCopy.Span"/>): a copy whose
    /// results differ from the other's is a warning (<see cref="DiagnosticCodes.CopiesDiffer"/>), any other
    /// copy of a paper met before is information (<see cref="DiagnosticCodes.PaperAgain"/>). Null for a
    /// first copy. Made when asked for: a corpus of many copies mostly needs none.
    /// </summary>
    public Diagnostic? Note()
    {
        if (Standing == CopyStanding.First) return null;
        var paper = Copy.Paper;
        var differs = Differences.Count == 0 ? "" : $", but their results differ in {string.Join(", ", Differences)}";
        var recovery = Standing == CopyStanding.Replaces
            ? $"counted once, as this copy, which {(IsComplete ? "is complete" : "has fewer errors")}"
            : $"counted once, as {Other}";
        return new Diagnostic(Differences.Count == 0 ? DiagnosticCodes.PaperAgain : DiagnosticCodes.CopiesDiffer,
            Differences.Count == 0 ? DiagnosticSeverity.Information : DiagnosticSeverity.Warning,
            $"the same paper as {Other} ({paper.Venue}, \"{paper.Title}\"){differs}", Copy.Span.IsKnown ? Copy.Span with { Length = 0 } : new SourceSpan(0, 0, 1, 1), recovery);
    }

    /// <summary>The paper's match key (<see cref="Paper.MatchKey"/>): the same for every copy of it.</summary>
    public string Key { get; }

    /// <summary>Whether the copy counts.</summary>
    public CopyStanding Standing { get; }

    /// <summary>The copy added.</summary>
    public PaperCopy Copy { get; }

    /// <summary>True when the copy counts now: <see cref="CopyStanding.First"/> or <see cref="CopyStanding.Replaces"/>.</summary>
    public bool Counts => Standing != CopyStanding.NotCounted;

    /// <summary>The source of the other copy: the one replaced, or the one that still counts; null for a first copy.</summary>
    public string? Other { get; }

    /// <summary>
    /// With <see cref="CopyStanding.Replaces"/>, the copy no longer counted, as far as figures need it: its
    /// title, authors, venue and every variable's result, without evidence. A running figure takes it away
    /// and adds <see cref="Copy"/> instead. Null otherwise.
    /// </summary>
    public Paper? Replaced { get; }

    /// <summary>The variables, named as the Index writes them, whose results the two copies differ in (letter case aside); empty when they agree or for a first copy.</summary>
    public EquatableArray<string> Differences { get; }
}
