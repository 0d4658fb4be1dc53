namespace GillRepro.Agreement;

/// <summary>How stable three or more labellings (runs) are on one variable, over the compared papers every one gives a result for.</summary>
public sealed record VariableStability
{
    internal VariableStability(string variable, Proportion stable, double meanAgreement, double? kappa, EquatableArray<int> agreeing)
    {
        Variable = variable;
        Stable = stable;
        MeanAgreement = meanAgreement;
        Kappa = kappa;
        Agreeing = agreeing;
    }

    /// <summary>The variable, named as the Index writes it.</summary>
    public string Variable { get; }

    /// <summary>The papers with the same result in every labelling, of the papers compared.</summary>
    public Proportion Stable { get; }

    /// <summary>The mean over every pair of labellings of the share of papers with the same result, 0 to 1.</summary>
    public double MeanAgreement { get; }

    /// <summary>Fleiss' kappa; null where it is undefined (every label the same result).</summary>
    public double? Kappa { get; }

    /// <summary>
    /// How many papers have each number of agreeing labellings: index k holds the papers whose largest group
    /// of labellings with one result has k members (index 0 unused; the last index is "all agree").
    /// </summary>
    public EquatableArray<int> Agreeing { get; }
}
