namespace GillRepro;

/// <summary>One group of a <see cref="CorpusSummary"/>: its key and its figures.</summary>
public sealed record SummaryGroup
{
    internal SummaryGroup(string key, GroupScore score, GroupCompliance? compliance = null)
    {
        Key = key;
        Score = score;
        Compliance = compliance;
    }

    /// <summary>The group's key: <c>2014</c>, <c>NeurIPS</c>, <c>NeurIPS 2023</c>, <c>academia</c> or <c>all</c>.</summary>
    public string Key { get; }

    /// <summary>The group's figures; theoretical papers count in <see cref="GroupScore.Papers"/> only.</summary>
    public GroupScore Score { get; }

    /// <summary>The group's compliance with the profile the summary was asked for; null when none was.</summary>
    public GroupCompliance? Compliance { get; }
}
