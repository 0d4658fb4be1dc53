namespace GillRepro;

/// <summary>A paper scored against a <see cref="ScoringProfile"/>: points, maximum, share met and what is missing.</summary>
/// <param name="Profile">The profile's name.</param>
/// <param name="Points">The points earned.</param>
/// <param name="Maximum">The points a paper meeting every criterion gets.</param>
/// <param name="Outcomes">One outcome per criterion, in the profile's order.</param>
public sealed record ComplianceScore(string Profile, double Points, double Maximum, IReadOnlyList<CriterionOutcome> Outcomes)
{
    /// <summary>One outcome per criterion, in the profile's order.</summary>
    public IReadOnlyList<CriterionOutcome> Outcomes { get; init => field = Sequence.Freeze(value, nameof(Outcomes)); } = Sequence.Freeze(Outcomes, nameof(Outcomes));

    /// <summary>The share of the maximum earned, from 0 to 1; 0 when the maximum is 0.</summary>
    public double ShareMet => Maximum > 0 ? Points / Maximum : 0;

    /// <summary>True when every criterion is met.</summary>
    public bool IsCompliant
    {
        get
        {
            foreach (var outcome in Outcomes)
            {
                if (!outcome.Met) return false;
            }
            return true;
        }
    }

    /// <summary>The variables of the criteria not met, in the profile's order.</summary>
    public IReadOnlyList<string> Missing
    {
        get
        {
            var missing = new List<string>();
            foreach (var outcome in Outcomes)
            {
                if (!outcome.Met) missing.Add(outcome.Variable);
            }
            return Sequence.Own(missing.ToArray());
        }
    }

    /// <inheritdoc />
    public bool Equals(ComplianceScore? other) =>
        other is not null && Profile == other.Profile && Points.Equals(other.Points)
        && Maximum.Equals(other.Maximum) && Sequence.Equal(Outcomes, other.Outcomes);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Profile, Points, Maximum, Sequence.Hash(Outcomes));
}
