using System.Globalization;

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
        var key = KeyOf(paper);
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
        var ordered = _groups
            .OrderBy(g => g.Key.Venue, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Year)
            .ThenBy(g => g.Key.Key, StringComparer.Ordinal)
            .Select(g => new SummaryGroup(g.Key.Key, g.Value.Score.ToScore(), g.Value.Compliance?.ToCompliance()));
        return new CorpusSummary(by, [.. ordered]);
    }

    /// <summary>The group's key, and what it sorts by (the venue, then the year).</summary>
    private (string Key, string Venue, int Year) KeyOf(Paper paper) => by switch
    {
        GroupBy.Year => (paper.Venue.Year.ToString(CultureInfo.InvariantCulture), "", paper.Venue.Year),
        GroupBy.Venue => (paper.Venue.Name, paper.Venue.Name, 0),
        GroupBy.VenueYear => (paper.Venue.ToString(), paper.Venue.Name, paper.Venue.Year),
        GroupBy.Affiliation => (AffiliationOf(paper), AffiliationOf(paper), 0),
        _ => ("all", "", 0),
    };

    private static string AffiliationOf(Paper paper) => paper.Find(VariableKind.ResearcherAffiliation)?.Result.Value switch
    {
        ResultValue.Academia => "academia",
        ResultValue.Collaboration or ResultValue.Industry => "industry",
        _ => "unknown",
    };
}
