namespace GillRepro.Corpus;

/// <summary>The Index's figures for a corpus, per group, in a fixed order (venues, then years, ascending).</summary>
public sealed record CorpusSummary
{
    internal CorpusSummary(Grouping by, EquatableArray<SummaryGroup> groups, PaperFilter? filter = null)
    {
        By = by;
        Groups = groups;
        Filter = filter is { KeepsAll: false } ? filter.ToString() : null;
    }

    /// <summary>
    /// The Index's figures for a corpus, per group (year, venue, venue-year, affiliation, or none), read
    /// in one pass and in memory that grows with the number of groups, not of papers.
    /// </summary>
    /// <param name="papers">The papers, in any order; a lazily read sequence is read once.</param>
    /// <param name="by">How to group them.</param>
    /// <param name="profile">A profile whose compliance each group reports (<see cref="SummaryGroup.Compliance"/>); none by default.</param>
    /// <param name="figures">Figures beside the scores: facts, audit, or both; none by default.</param>
    /// <param name="filter">Which papers to count (<see cref="Filter"/> names it); all by default.</param>
    public static CorpusSummary Of(IEnumerable<Paper> papers, Grouping by = Grouping.None, ScoringProfile? profile = null, SummaryFigures figures = SummaryFigures.Scores, PaperFilter? filter = null)
    {
        ArgumentNullException.ThrowIfNull(papers);
        if (!Enum.IsDefined(by)) throw new ArgumentOutOfRangeException(nameof(by), by, "Not a way to group papers.");
        var summary = new SummaryBuilder(by, profile, figures);
        foreach (var paper in papers)
        {
            ArgumentNullException.ThrowIfNull(paper, nameof(papers));
            if (filter is null || filter.Matches(paper)) summary.Add(paper);
        }
        return summary.ToSummary(filter);
    }

    /// <summary>
    /// The Index's figures for a corpus read as copies (several files may hold one paper), each paper
    /// counted once as <see cref="DistinctPapers.Weigh"/> weighs its copies: a copy that replaces an earlier
    /// one is counted instead of it. One pass, in memory that grows with the groups.
    /// </summary>
    /// <param name="outcomes">What weighing the copies gave, in the order read.</param>
    /// <param name="by">How to group the papers.</param>
    /// <param name="profile">A profile whose compliance each group reports; none by default.</param>
    /// <param name="figures">Figures beside the scores: facts, audit, or both; none by default.</param>
    /// <param name="filter">Which papers to count (<see cref="Filter"/> names it); all by default. A copy that replaces another is counted when it passes, and the one it replaces taken back when that one had passed.</param>
    public static CorpusSummary Of(IEnumerable<CopyOutcome> outcomes, Grouping by = Grouping.None, ScoringProfile? profile = null, SummaryFigures figures = SummaryFigures.Scores, PaperFilter? filter = null)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        if (!Enum.IsDefined(by)) throw new ArgumentOutOfRangeException(nameof(by), by, "Not a way to group papers.");
        var summary = new SummaryBuilder(by, profile, figures);
        foreach (var outcome in outcomes)
        {
            ArgumentNullException.ThrowIfNull(outcome, nameof(outcomes));
            if (filter is null) summary.Add(outcome);
            else
            {
                if (outcome.Replaced is { } replaced && filter.Matches(replaced)) summary.Remove(replaced);
                if (outcome.Counts && filter.Matches(outcome.Copy.Paper)) summary.Add(outcome.Copy.Paper);
            }
        }
        return summary.ToSummary(filter);
    }

    /// <summary>Which papers were counted, in words (<see cref="PaperFilter.ToString"/>); null when all were.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? Filter { get; }

    /// <summary>How the papers were grouped.</summary>
    public Grouping By { get; }

    /// <summary>The papers of every group together.</summary>
    public int Papers => Groups.Sum(g => g.Score.Papers);

    /// <summary>The groups, ordered by key (venues, then years by number).</summary>
    public EquatableArray<SummaryGroup> Groups { get; }
}
