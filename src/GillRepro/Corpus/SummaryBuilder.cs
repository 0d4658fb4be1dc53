namespace GillRepro.Corpus;

/// <summary>
/// Builds a <see cref="CorpusSummary"/> one paper at a time, in memory that grows with the number of
/// groups, not of papers: counts only, so a paper added can be taken away exactly (a copy that another,
/// better copy of the same paper replaces, <see cref="DistinctPapers"/>). Not thread-safe.
/// </summary>
/// <param name="by">How to group the papers.</param>
/// <param name="profile">A profile whose compliance each group reports; none by default.</param>
/// <param name="figures">Figures beside the scores: facts, audit, or both.</param>
internal sealed class SummaryBuilder(Grouping by, ScoringProfile? profile = null, SummaryFigures figures = SummaryFigures.Scores)
{
    private readonly Dictionary<GroupKey, (GroupAccumulator Score, ComplianceAccumulator? Compliance, FactsAccumulator? Facts, AuditAccumulator? Audit)> _groups = [];

    /// <summary>Counts a paper in its group.</summary>
    /// <param name="paper">The paper.</param>
    public void Add(Paper paper) => Count(paper ?? throw new ArgumentNullException(nameof(paper)), remove: false);

    /// <summary>Takes away a paper counted before.</summary>
    /// <param name="paper">The paper, or one with its venue, title and results (such as <see cref="CopyOutcome.Replaced"/>).</param>
    public void Remove(Paper paper) => Count(paper ?? throw new ArgumentNullException(nameof(paper)), remove: true);

    /// <summary>Counts what counting a copy once says: the copy when it counts, without the copy it replaces.</summary>
    /// <param name="outcome">What <see cref="DistinctPapers.Weigh"/> made of a copy.</param>
    public void Add(CopyOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (outcome.Replaced is { } replaced) Remove(replaced);
        if (outcome.Counts) Add(outcome.Copy.Paper);
    }

    /// <summary>The summary of the papers counted so far.</summary>
    public CorpusSummary ToSummary(PaperFilter? filter = null)
    {
        var ordered = Groups.Ordered(_groups.Where(g => g.Value.Score.Papers > 0), g => g.Key)
            .Select(g => new SummaryGroup(g.Key, g.Value.Score.ToScore(), g.Value.Compliance?.ToCompliance(), g.Value.Facts?.ToFigures(), g.Value.Audit?.ToFigures()));
        return new CorpusSummary(by, [.. ordered], filter);
    }

    private void Count(Paper paper, bool remove)
    {
        var key = Groups.Of(paper, by);
        if (!_groups.TryGetValue(key, out var group))
        {
            if (remove) throw new InvalidOperationException("The paper taken away was never added.");
            group = (new GroupAccumulator(), profile is null ? null : new ComplianceAccumulator(profile),
                figures.HasFlag(SummaryFigures.Facts) ? new FactsAccumulator() : null, figures.HasFlag(SummaryFigures.Audit) ? new AuditAccumulator() : null);
            _groups.Add(key, group);
        }
        group.Facts?.Add(paper, remove ? -1 : 1);
        group.Audit?.Add(paper, remove ? -1 : 1);
        var score = Scorer.Score(paper);
        var compliance = profile is null ? null : Scorer.Compliance(paper, profile);
        if (remove)
        {
            group.Score.Remove(score);
            group.Compliance?.Remove(compliance!, score.IsEmpirical);
        }
        else
        {
            group.Score.Add(score);
            group.Compliance?.Add(compliance!, score.IsEmpirical);
        }
    }
}
