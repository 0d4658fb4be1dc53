namespace GillRepro;

/// <summary>
/// One item of a <see cref="ScoringProfile"/>: a variable, the points it is worth, and the results that
/// meet it. Variables and results match in any letter case.
/// </summary>
public sealed record ScoringCriterion
{
    private static readonly IReadOnlyList<string> YesOnly = Sequence.Own(["Yes"]);

    /// <summary>Creates a criterion.</summary>
    /// <param name="variable">The variable's name, such as one of <see cref="VariableCatalog.All"/>.</param>
    /// <param name="weight">The points the criterion is worth when met; zero or more.</param>
    /// <param name="metBy">The results that meet it; <c>Yes</c> when none are given.</param>
    public ScoringCriterion(string variable, double weight = 1, IReadOnlyList<string>? metBy = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(variable);
        if (!(weight >= 0) || double.IsInfinity(weight))
            throw new ArgumentOutOfRangeException(nameof(weight), weight, "A weight is a finite number, zero or more.");
        Variable = variable;
        Kind = VariableCatalog.KindOf(variable);
        Weight = weight;
        MetBy = metBy is null || metBy.Count == 0 ? YesOnly : Sequence.Freeze(metBy, nameof(metBy));
    }

    /// <summary>Creates a criterion for one of the nine known variables.</summary>
    /// <param name="kind">The variable.</param>
    /// <param name="weight">The points the criterion is worth when met.</param>
    /// <param name="metBy">The results that meet it; <c>Yes</c> when none are given.</param>
    public ScoringCriterion(VariableKind kind, double weight = 1, params string[] metBy)
        : this(VariableCatalog.Get(kind).Name, weight, metBy)
    {
    }

    /// <summary>The variable's name.</summary>
    public string Variable { get; }

    /// <summary>The known variable the criterion names, or <see cref="VariableKind.Unknown"/> for any other name.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public VariableKind Kind { get; }

    /// <summary>The points the criterion is worth when met.</summary>
    public double Weight { get; }

    /// <summary>The results that meet the criterion, such as <c>Yes</c>.</summary>
    public IReadOnlyList<string> MetBy { get; }

    /// <summary>True when <paramref name="result"/> is one of <see cref="MetBy"/>, in any letter case.</summary>
    /// <param name="result">A result as written; null when the scorecard lacks the variable.</param>
    public bool IsMetBy(string? result)
    {
        if (result is null) return false;
        for (var i = 0; i < MetBy.Count; i++)
        {
            if (string.Equals(MetBy[i], result, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <inheritdoc />
    public bool Equals(ScoringCriterion? other) =>
        other is not null
        && string.Equals(Variable, other.Variable, StringComparison.Ordinal)
        && Weight.Equals(other.Weight)
        && Sequence.Equal(MetBy, other.MetBy);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Variable, Weight, Sequence.Hash(MetBy));
}
