namespace GillRepro;

/// <summary>One group of a <see cref="CorpusSummary"/>: its key and its figures.</summary>
/// <param name="Key">The group's key: <c>2014</c>, <c>NeurIPS</c>, <c>NeurIPS 2023</c>, <c>academia</c> or <c>all</c>.</param>
/// <param name="Score">The group's figures; theoretical papers count in <see cref="GroupScore.Papers"/> only.</param>
public sealed record SummaryGroup(string Key, GroupScore Score);
