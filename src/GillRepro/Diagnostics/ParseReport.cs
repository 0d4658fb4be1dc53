namespace GillRepro;

/// <summary>
/// What lenient parsing read: the paper (with every variable it could read) and every problem it met.
/// </summary>
/// <param name="Paper">The paper; null when not even its title and venue could be read.</param>
/// <param name="Diagnostics">Every problem, in source order.</param>
/// <param name="Rendering">The rendering that was read (detected, or as the options named it).</param>
public sealed record ParseReport(Paper? Paper, IReadOnlyList<Diagnostic> Diagnostics, ScorecardRendering Rendering)
{
    /// <summary>Every problem, in source order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; init => field = Sequence.Freeze(value, nameof(Diagnostics)); } = Sequence.Freeze(Diagnostics, nameof(Diagnostics));

    /// <summary>True when no diagnostic is an error: the text is a valid scorecard, perhaps with warnings.</summary>
    public bool IsValid
    {
        get
        {
            if (Diagnostics is LazyList<DiagnosticEntry, Diagnostic> entries)
            {
                for (var i = 0; i < entries.Count; i++)
                {
                    if (entries.Entry(i).Severity == DiagnosticSeverity.Error) return false;
                }
                return Paper is not null;
            }

            foreach (var diagnostic in Diagnostics)
            {
                if (diagnostic.Severity == DiagnosticSeverity.Error) return false;
            }
            return Paper is not null;
        }
    }

    /// <inheritdoc />
    public bool Equals(ParseReport? other) =>
        other is not null && Equals(Paper, other.Paper) && Rendering == other.Rendering && Sequence.Equal(Diagnostics, other.Diagnostics);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Paper, Rendering, Sequence.Hash(Diagnostics));
}
