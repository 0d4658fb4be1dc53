namespace GillRepro;

/// <summary>
/// The Index's figures for a group of papers (a venue, a year, a corpus). Theoretical papers count in
/// <see cref="Papers"/> only; every other figure is over the <see cref="EmpiricalPapers"/>, and is 0
/// when the group has none.
/// </summary>
public sealed record GroupScore
{
    internal GroupScore(int papers, int incompletePapers, int empiricalPapers, double meanDocumentationScore, double medianDocumentationScore, IReadOnlyList<int> documentationScoreCounts,
        double meanReproducibilityScore, double reproducibilityLow, double reproducibilityHigh, int bothCodeAndData, int dataOnly, IReadOnlyList<VariableShare> variables)
    {
        Papers = papers;
        IncompletePapers = incompletePapers;
        EmpiricalPapers = empiricalPapers;
        MeanDocumentationScore = meanDocumentationScore;
        MedianDocumentationScore = medianDocumentationScore;
        DocumentationScoreCounts = Sequence.Freeze(documentationScoreCounts, nameof(documentationScoreCounts));
        MeanReproducibilityScore = meanReproducibilityScore;
        ReproducibilityLow = reproducibilityLow;
        ReproducibilityHigh = reproducibilityHigh;
        BothCodeAndData = bothCodeAndData;
        DataOnly = dataOnly;
        Variables = Sequence.Freeze(variables, nameof(variables));
    }

    /// <summary>All papers of the group.</summary>
    public int Papers { get; }

    /// <summary>Papers that lack one of the nine variables (read leniently, such as pages cut off): their figures count only what is there.</summary>
    public int IncompletePapers { get; }

    /// <summary>Papers whose <see cref="VariableKind.ResearchType"/> is Experimental.</summary>
    public int EmpiricalPapers { get; }

    /// <summary>Mean D.</summary>
    public double MeanDocumentationScore { get; }

    /// <summary>Median D (the mean of the two middle scores for an even count).</summary>
    public double MedianDocumentationScore { get; }

    /// <summary>How many empirical papers score D = 0, 1, …, 7 (eight counts).</summary>
    public IReadOnlyList<int> DocumentationScoreCounts { get; }

    /// <summary>Mean R with the Index's rates 0.86 and 0.33.</summary>
    public double MeanReproducibilityScore { get; }

    /// <summary>The lower end of R's 95% interval: the Wilson bounds of the base rates, carried linearly.</summary>
    public double ReproducibilityLow { get; }

    /// <summary>The upper end of R's 95% interval.</summary>
    public double ReproducibilityHigh { get; }

    /// <summary>Empirical papers sharing both code and data.</summary>
    public int BothCodeAndData { get; }

    /// <summary>Empirical papers sharing data but not code.</summary>
    public int DataOnly { get; }

    /// <summary>The share of <c>Yes</c> for each variable that counts toward D, in the Index's order.</summary>
    public IReadOnlyList<VariableShare> Variables { get; }

    /// <summary>The share of empirical papers sharing both code and data, from 0 to 1.</summary>
    public double BothCodeAndDataShare => EmpiricalPapers == 0 ? 0 : (double)BothCodeAndData / EmpiricalPapers;

    /// <inheritdoc />
    public bool Equals(GroupScore? other) =>
        other is not null && Papers == other.Papers && IncompletePapers == other.IncompletePapers && EmpiricalPapers == other.EmpiricalPapers
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
