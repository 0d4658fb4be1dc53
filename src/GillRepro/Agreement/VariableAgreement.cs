namespace GillRepro.Agreement;

/// <summary>How far a labelling and a reference agree on one variable, over the compared papers both give a result for.</summary>
public sealed record VariableAgreement
{
    internal VariableAgreement(string variable, int papers, double agreement, double? kappa, ConfusionMatrix confusion, double? precision, double? recall, double? f1)
    {
        Variable = variable;
        Papers = papers;
        Agreement = agreement;
        Kappa = kappa;
        Confusion = confusion;
        Precision = precision;
        Recall = recall;
        F1 = f1;
    }

    /// <summary>The variable, named as the Index writes it.</summary>
    public string Variable { get; }

    /// <summary>The papers compared: those both give a result for.</summary>
    public int Papers { get; }

    /// <summary>p_o: the share of papers with the same result, 0 to 1.</summary>
    public double Agreement { get; }

    /// <summary>Cohen's kappa; null where it is undefined (every label the same result).</summary>
    public double? Kappa { get; }

    /// <summary>The counts of each pair of results: rows the labelling, columns the reference.</summary>
    public ConfusionMatrix Confusion { get; }

    /// <summary>Of the papers the labelling says <c>Yes</c> of, the share the reference does too; null when the labelling says it of none.</summary>
    public double? Precision { get; }

    /// <summary>Of the papers the reference says <c>Yes</c> of, the share the labelling does too; null when the reference says it of none.</summary>
    public double? Recall { get; }

    /// <summary>The harmonic mean of <see cref="Precision"/> and <see cref="Recall"/>; null when either is null or both are 0.</summary>
    public double? F1 { get; }
}
