namespace GillRepro;

/// <summary>The Index's figures for a corpus, per group, in a fixed order (venues, then years, ascending).</summary>
public sealed record CorpusSummary
{
    internal CorpusSummary(GroupBy by, IReadOnlyList<SummaryGroup> groups)
    {
        By = by;
        Groups = Sequence.Freeze(groups, nameof(groups));
    }

    /// <summary>How the papers were grouped.</summary>
    public GroupBy By { get; }

    /// <summary>The groups, ordered by key (years by number).</summary>
    public IReadOnlyList<SummaryGroup> Groups { get; }

    /// <summary>The papers of every group together.</summary>
    public int Papers => Groups.Sum(g => g.Score.Papers);

    /// <inheritdoc />
    public bool Equals(CorpusSummary? other) => other is not null && By == other.By && Sequence.Equal(Groups, other.Groups);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(By, Sequence.Hash(Groups));
}
