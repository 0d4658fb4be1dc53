namespace GillRepro;

/// <summary>
/// The Index's figures for a group of papers (a venue, a year, a corpus). Theoretical papers count in
/// <see cref="Papers"/> only; every other figure is over the <see cref="EmpiricalPapers"/>, and is 0
/// when the group has none.
/// </summary>
/// <param name="Papers">All papers of the group.</param>
/// <param name="EmpiricalPapers">Papers whose Research Type is Experimental.</param>
/// <param name="MeanDocumentationScore">Mean D.</param>
/// <param name="MedianDocumentationScore">Median D (the mean of the two middle scores for an even count).</param>
/// <param name="DocumentationScoreCounts">How many empirical papers score D = 0, 1, …, 7 (eight counts).</param>
/// <param name="MeanReproducibilityScore">Mean R with the Index's rates 0.86 and 0.33.</param>
/// <param name="ReproducibilityLow">The lower end of R's 95% interval: the Wilson bounds of the base rates, carried linearly.</param>
/// <param name="ReproducibilityHigh">The upper end of R's 95% interval.</param>
/// <param name="BothCodeAndData">Empirical papers sharing both code and data.</param>
/// <param name="DataOnly">Empirical papers sharing data but not code.</param>
/// <param name="Variables">The share of <c>Yes</c> for each of the seven documentation variables.</param>
public sealed record GroupScore(
    int Papers,
    int EmpiricalPapers,
    double MeanDocumentationScore,
    double MedianDocumentationScore,
    IReadOnlyList<int> DocumentationScoreCounts,
    double MeanReproducibilityScore,
    double ReproducibilityLow,
    double ReproducibilityHigh,
    int BothCodeAndData,
    int DataOnly,
    IReadOnlyList<VariableShare> Variables)
{
    /// <summary>How many empirical papers score D = 0, 1, …, 7 (eight counts).</summary>
    public IReadOnlyList<int> DocumentationScoreCounts { get; init => field = Sequence.Freeze(value, nameof(DocumentationScoreCounts)); } = Sequence.Freeze(DocumentationScoreCounts, nameof(DocumentationScoreCounts));

    /// <summary>The share of <c>Yes</c> for each of the seven documentation variables.</summary>
    public IReadOnlyList<VariableShare> Variables { get; init => field = Sequence.Freeze(value, nameof(Variables)); } = Sequence.Freeze(Variables, nameof(Variables));

    /// <summary>The share of empirical papers sharing both code and data, from 0 to 1.</summary>
    public double BothCodeAndDataShare => EmpiricalPapers == 0 ? 0 : (double)BothCodeAndData / EmpiricalPapers;

    /// <inheritdoc />
    public bool Equals(GroupScore? other) =>
        other is not null && Papers == other.Papers && EmpiricalPapers == other.EmpiricalPapers
        && MeanDocumentationScore.Equals(other.MeanDocumentationScore)
        && MedianDocumentationScore.Equals(other.MedianDocumentationScore)
        && Sequence.Equal(DocumentationScoreCounts, other.DocumentationScoreCounts)
        && MeanReproducibilityScore.Equals(other.MeanReproducibilityScore)
        && ReproducibilityLow.Equals(other.ReproducibilityLow) && ReproducibilityHigh.Equals(other.ReproducibilityHigh)
        && BothCodeAndData == other.BothCodeAndData && DataOnly == other.DataOnly
        && Sequence.Equal(Variables, other.Variables);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(Papers, EmpiricalPapers, MeanDocumentationScore, MeanReproducibilityScore, BothCodeAndData, DataOnly);
}
