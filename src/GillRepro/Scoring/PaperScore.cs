namespace GillRepro.Scoring;

/// <summary>A paper's scores as the Reproducibility Index defines them (see <c>docs/scoring.md</c>).</summary>
public sealed record PaperScore
{
    internal PaperScore(int documentationScore, bool sharesCode, bool sharesData, bool isEmpirical, bool isComplete, EquatableArray<CriterionOutcome> breakdown)
    {
        IsComplete = isComplete;
        DocumentationScore = documentationScore;
        SharesCode = sharesCode;
        SharesData = sharesData;
        IsEmpirical = isEmpirical;
        Breakdown = breakdown;
    }

    /// <summary>D: one point for each <c>Yes</c> among the variables that count toward it (<see cref="VariableCatalog.Documentation"/>), 0 to 7.</summary>
    public int DocumentationScore { get; }

    /// <summary>R: 0.86 with code and data shared, 0.33 with data only, else 0.</summary>
    public double ReproducibilityScore => SharesData ? (SharesCode ? ReproducibilityRates.CodeAndData : ReproducibilityRates.DataOnly) : 0;

    /// <summary>True when the variable whose role is <see cref="ReproducibilityRole.Code"/> is <c>Yes</c>.</summary>
    public bool SharesCode { get; }

    /// <summary>True when the variable whose role is <see cref="ReproducibilityRole.Data"/> is <c>Yes</c>.</summary>
    public bool SharesData { get; }

    /// <summary>True when the paper is empirical (its <see cref="VariableKind.ResearchType"/> is Experimental); only empirical papers enter group figures.</summary>
    public bool IsEmpirical { get; }

    /// <summary>False when the paper lacks one of the nine variables (<see cref="Paper.IsComplete"/>): the scores count only what is there.</summary>
    public bool IsComplete { get; }

    /// <summary>The variables that count toward D, each with its result and whether it is met.</summary>
    public EquatableArray<CriterionOutcome> Breakdown { get; }

}
