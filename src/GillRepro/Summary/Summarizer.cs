namespace GillRepro;

/// <summary>
/// Groups and scores a stream of papers in one pass: a <see cref="GroupAccumulator"/> (counts only) per
/// group, so memory grows with the number of groups, never with the number of papers.
/// </summary>
internal sealed class Summarizer(GroupBy by, ScoringProfile? profile = null)
{
    private readonly Dictionary<(string Key, string Venue, int Year), (GroupAccumulator Score, ComplianceAccumulator? Compliance)> _groups = [];

    public void Add(Paper paper)
    {
        var key = GroupKey.Of(paper, by);
        if (!_groups.TryGetValue(key, out var group))
        {
            group = (new GroupAccumulator(), profile is null ? null : new ComplianceAccumulator(profile));
            _groups.Add(key, group);
        }
        var score = Scorer.Score(paper);
        group.Score.Add(score);
        if (profile is not null) group.Compliance!.Add(Scorer.Compliance(paper, profile), score.IsEmpirical);
    }

    public CorpusSummary ToSummary()
    {
        var ordered = GroupKey.Ordered(_groups, g => g.Key)
            .Select(g => new SummaryGroup(g.Key.Key, g.Value.Score.ToScore(), g.Value.Compliance?.ToCompliance()));
        return new CorpusSummary(by, [.. ordered]);
    }
}
