using System.Text.Json.Serialization;

namespace GillRepro.Corpus;

/// <summary>One group of a <see cref="CorpusSummary"/>: its key and its figures.</summary>
public sealed record SummaryGroup
{
    internal SummaryGroup(GroupKey key, GroupScore score, GroupCompliance? compliance = null, FactFigures? facts = null, AuditFigures? audit = null)
    {
        Key = key;
        Score = score;
        Compliance = compliance;
        Facts = facts;
        Audit = audit;
    }

    /// <summary>The group's key: its venue, year, both, or affiliation.</summary>
    public GroupKey Key { get; }

    /// <summary>The group's figures; theoretical papers count in <see cref="GroupScore.Papers"/> only.</summary>
    public GroupScore Score { get; }

    /// <summary>The group's compliance with the profile the summary was asked for; null when none was.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public GroupCompliance? Compliance { get; }

    /// <summary>What the group's evidence says its papers ran on and shared; null unless <see cref="SummaryFigures.Facts"/> was asked for.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public FactFigures? Facts { get; }

    /// <summary>The share of the group's labels the audit flags; null unless <see cref="SummaryFigures.Audit"/> was asked for.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public AuditFigures? Audit { get; }
}
