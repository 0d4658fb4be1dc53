namespace GillRepro;

/// <summary>
/// How a group of papers complies with a <see cref="ScoringProfile"/>. Like every figure of the Index, it is
/// over the group's empirical papers; every share is from 0 to 1, and 0 when the group has none.
/// </summary>
public sealed record GroupCompliance
{
    internal GroupCompliance(string profile, int papers, int compliant, (double Low, double High) interval, double meanPoints, double meanShare, IReadOnlyList<CriterionShare> criteria)
    {
        Profile = profile;
        Papers = papers;
        Compliant = compliant;
        CompliantLow = interval.Low;
        CompliantHigh = interval.High;
        MeanPoints = meanPoints;
        MeanShare = meanShare;
        Criteria = Sequence.Freeze(criteria, nameof(criteria));
    }

    /// <summary>The profile's name.</summary>
    public string Profile { get; }

    /// <summary>The empirical papers the figures are over.</summary>
    public int Papers { get; }

    /// <summary>The empirical papers that comply (<see cref="ComplianceScore.IsCompliant"/>).</summary>
    public int Compliant { get; }

    /// <summary><see cref="Compliant"/> over <see cref="Papers"/>.</summary>
    public double CompliantShare => Papers == 0 ? 0 : (double)Compliant / Papers;

    /// <summary>The lower end of the 95% Wilson interval of <see cref="CompliantShare"/>; 0 when there are no papers.</summary>
    public double CompliantLow { get; }

    /// <summary>The upper end of the 95% Wilson interval of <see cref="CompliantShare"/>; 0 when there are no papers.</summary>
    public double CompliantHigh { get; }

    /// <summary>The mean points per paper.</summary>
    public double MeanPoints { get; }

    /// <summary>The mean share of the maximum per paper.</summary>
    public double MeanShare { get; }

    /// <summary>Each criterion: how many papers meet it, in the profile's order.</summary>
    public IReadOnlyList<CriterionShare> Criteria { get; }

    /// <inheritdoc />
    public bool Equals(GroupCompliance? other) =>
        other is not null && Profile == other.Profile && Papers == other.Papers && Compliant == other.Compliant
        && CompliantLow.Equals(other.CompliantLow) && CompliantHigh.Equals(other.CompliantHigh)
        && MeanPoints.Equals(other.MeanPoints) && MeanShare.Equals(other.MeanShare) && Sequence.Equal(Criteria, other.Criteria);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Profile, Papers, Compliant, MeanPoints, Sequence.Hash(Criteria));
}
