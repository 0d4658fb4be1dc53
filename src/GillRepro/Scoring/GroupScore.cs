namespace GillRepro.Scoring;

/// <summary>
/// The Index's figures for a group of papers (a venue, a year, a corpus). Theoretical papers count in
/// <see cref="Papers"/> only; every other figure is over the <see cref="EmpiricalPapers"/>, and is 0
/// when the group has none.
/// </summary>
public sealed record GroupScore
{
    internal GroupScore(int papers, int incompletePapers, int empiricalPapers, double meanDocumentationScore, double medianDocumentationScore, EquatableArray<int> documentationScoreCounts,
        double meanReproducibilityScore, double reproducibilityLow, double reproducibilityHigh, Proportion bothCodeAndData, Proportion dataOnly, EquatableArray<VariableProportion> variables)
    {
        Papers = papers;
        IncompletePapers = incompletePapers;
        EmpiricalPapers = empiricalPapers;
        MeanDocumentationScore = meanDocumentationScore;
        MedianDocumentationScore = medianDocumentationScore;
        DocumentationScoreCounts = documentationScoreCounts;
        MeanReproducibilityScore = meanReproducibilityScore;
        ReproducibilityLow = reproducibilityLow;
        ReproducibilityHigh = reproducibilityHigh;
        BothCodeAndData = bothCodeAndData;
        DataOnly = dataOnly;
        Variables = variables;
    }

    /// <summary>The Index's figures for a group of papers, read in one pass.</summary>
    /// <param name="papers">The group; theoretical papers are counted but enter no other figure.</param>
    public static GroupScore Of(IEnumerable<Paper> papers)
    {
        ArgumentNullException.ThrowIfNull(papers);
        var group = new GroupAccumulator();
        foreach (var paper in papers)
        {
            group.Add(Scorer.Score(paper ?? throw new ArgumentException("The group holds a null paper.", nameof(papers))));
        }
        return group.ToScore();
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
    public EquatableArray<int> DocumentationScoreCounts { get; }

    /// <summary>Mean R with the Index's rates 0.86 and 0.33.</summary>
    public double MeanReproducibilityScore { get; }

    /// <summary>The lower end of R's 95% interval: the Wilson bounds of the base rates, carried linearly.</summary>
    public double ReproducibilityLow { get; }

    /// <summary>The upper end of R's 95% interval.</summary>
    public double ReproducibilityHigh { get; }

    /// <summary>Empirical papers sharing both code and data, of the empirical papers.</summary>
    public Proportion BothCodeAndData { get; }

    /// <summary>Empirical papers sharing data but not code, of the empirical papers.</summary>
    public Proportion DataOnly { get; }

    /// <summary>Each variable that counts toward D: how many empirical papers are <c>Yes</c>, in the Index's order.</summary>
    public EquatableArray<VariableProportion> Variables { get; }
}
