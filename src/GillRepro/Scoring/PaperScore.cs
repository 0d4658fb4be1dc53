namespace GillRepro;

/// <summary>A paper's scores as the Reproducibility Index defines them.</summary>
/// <param name="DocumentationScore">D: one point for each <c>Yes</c> among the seven documentation variables, 0 to 7.</param>
/// <param name="ReproducibilityScore">R: 0.86 with code and data shared, 0.33 with data only, else 0.</param>
/// <param name="IsEmpirical">True when the Research Type is Experimental; only empirical papers enter group figures.</param>
/// <param name="Breakdown">The seven documentation variables, each with its result and whether it is met.</param>
public sealed record PaperScore(int DocumentationScore, double ReproducibilityScore, bool IsEmpirical, IReadOnlyList<CriterionOutcome> Breakdown)
{
    /// <summary>The seven documentation variables, each with its result and whether it is met.</summary>
    public IReadOnlyList<CriterionOutcome> Breakdown { get; init => field = Sequence.Freeze(value, nameof(Breakdown)); } = Sequence.Freeze(Breakdown, nameof(Breakdown));

    /// <summary>True when Open Source Code and Open Datasets are both <c>Yes</c>.</summary>
    public bool SharesCodeAndData => ReproducibilityScore == ReproducibilityRates.CodeAndData;

    /// <inheritdoc />
    public bool Equals(PaperScore? other) =>
        other is not null && DocumentationScore == other.DocumentationScore
        && ReproducibilityScore.Equals(other.ReproducibilityScore) && IsEmpirical == other.IsEmpirical
        && Sequence.Equal(Breakdown, other.Breakdown);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(DocumentationScore, ReproducibilityScore, IsEmpirical, Sequence.Hash(Breakdown));
}
