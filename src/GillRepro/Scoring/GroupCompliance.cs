namespace GillRepro.Scoring;

/// <summary>
/// How a group of papers complies with a <see cref="ScoringProfile"/>. Like every figure of the Index, it is
/// over the group's empirical papers; every share is from 0 to 1, and 0 when the group has none.
/// </summary>
public sealed record GroupCompliance
{
    internal GroupCompliance(string profile, Proportion compliant, double meanPoints, double meanShare, EquatableArray<VariableProportion> criteria)
    {
        Profile = profile;
        Compliant = compliant;
        MeanPoints = meanPoints;
        MeanShare = meanShare;
        Criteria = criteria;
    }

    /// <summary>How a group of papers complies with a profile, over its empirical papers, read in one pass.</summary>
    /// <param name="papers">The group; theoretical papers enter no figure.</param>
    /// <param name="profile">The profile.</param>
    public static GroupCompliance Of(IEnumerable<Paper> papers, ScoringProfile profile)
    {
        ArgumentNullException.ThrowIfNull(papers);
        ArgumentNullException.ThrowIfNull(profile);
        var group = new ComplianceAccumulator(profile);
        foreach (var paper in papers)
        {
            var checkedPaper = paper ?? throw new ArgumentException("The group holds a null paper.", nameof(papers));
            group.Add(Scorer.Compliance(checkedPaper, profile), Scorer.Score(checkedPaper).IsEmpirical);
        }
        return group.ToCompliance();
    }

    /// <summary>The profile's name.</summary>
    public string Profile { get; }

    /// <summary>The empirical papers that comply (<see cref="ComplianceScore.IsCompliant"/>), of the group's empirical papers, with the share's 95% Wilson interval.</summary>
    public Proportion Compliant { get; }

    /// <summary>The mean points per paper.</summary>
    public double MeanPoints { get; }

    /// <summary>The mean share of the maximum per paper.</summary>
    public double MeanShare { get; }

    /// <summary>Each criterion: how many papers meet it, in the profile's order.</summary>
    public EquatableArray<VariableProportion> Criteria { get; }
}
