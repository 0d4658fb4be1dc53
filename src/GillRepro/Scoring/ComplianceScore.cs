namespace GillRepro.Scoring;

/// <summary>How far a paper complies with a <see cref="ScoringProfile"/>: points, maximum, share met and what is missing.</summary>
public sealed record ComplianceScore
{
    internal ComplianceScore(string profile, double points, double maximum, double passShare, EquatableArray<CriterionOutcome> outcomes)
    {
        Profile = profile;
        Points = points;
        Maximum = maximum;
        PassShare = passShare;
        Outcomes = outcomes;
        var missing = new List<string>();
        for (var i = 0; i < Outcomes.Count; i++)
        {
            if (!Outcomes[i].Met) missing.Add(Outcomes[i].Variable);
        }
        Missing = EquatableArray.Own(missing.ToArray());
    }

    /// <summary>The profile's name.</summary>
    public string Profile { get; }

    /// <summary>The points earned.</summary>
    public double Points { get; }

    /// <summary>The points a paper meeting every criterion gets.</summary>
    public double Maximum { get; }

    /// <summary>The share of the maximum earned, from 0 to 1; 0 when the maximum is 0.</summary>
    public double ShareMet => Maximum > 0 ? Points / Maximum : 0;

    /// <summary>The share of the maximum the profile asks for (<see cref="ScoringProfile.PassShare"/>).</summary>
    public double PassShare { get; }

    /// <summary>True when <see cref="ShareMet"/> reaches <see cref="PassShare"/>: with a pass share of 1, when every criterion is met.</summary>
    public bool IsCompliant => Missing.Count == 0 || ShareMet >= PassShare - 1e-12;

    /// <summary>The variables of the criteria not met, in the profile's order.</summary>
    public EquatableArray<string> Missing { get; }

    /// <summary>One outcome per criterion, in the profile's order.</summary>
    public EquatableArray<CriterionOutcome> Outcomes { get; }

}
