namespace GillRepro;

/// <summary>The Index's figures for a corpus, per group, in a fixed order (years and venues ascending).</summary>
/// <param name="By">How the papers were grouped.</param>
/// <param name="Groups">The groups, ordered by key (years by number).</param>
public sealed record CorpusSummary(GroupBy By, IReadOnlyList<SummaryGroup> Groups)
{
    /// <summary>The groups, ordered by key (years by number).</summary>
    public IReadOnlyList<SummaryGroup> Groups { get; init => field = Sequence.Freeze(value, nameof(Groups)); } = Sequence.Freeze(Groups, nameof(Groups));

    /// <summary>The papers of every group together.</summary>
    public int Papers => Groups.Sum(g => g.Score.Papers);

    /// <inheritdoc />
    public bool Equals(CorpusSummary? other) => other is not null && By == other.By && Sequence.Equal(Groups, other.Groups);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(By, Sequence.Hash(Groups));
}
