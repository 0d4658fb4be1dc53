namespace GillRepro.Agreement;

/// <summary>The stability of one group of the compared papers.</summary>
public sealed record StabilityGroup
{
    internal StabilityGroup(GroupKey key, int papers, EquatableArray<VariableStability> variables, double meanDocumentationSpread, Proportion changed, EquatableArray<LabellingFigures> figures)
    {
        Key = key;
        Papers = papers;
        Variables = variables;
        MeanDocumentationSpread = meanDocumentationSpread;
        Changed = changed;
        Figures = figures;
    }

    /// <summary>The group's key.</summary>
    public GroupKey Key { get; }

    /// <summary>The compared papers in the group.</summary>
    public int Papers { get; }

    /// <summary>The nine variables' stability in the group.</summary>
    public EquatableArray<VariableStability> Variables { get; }

    /// <summary>The mean spread of D in the group.</summary>
    public double MeanDocumentationSpread { get; }

    /// <summary>The group's papers whose D or R is not the same in every labelling.</summary>
    public Proportion Changed { get; }

    /// <summary>The group's figures under each labelling.</summary>
    public EquatableArray<LabellingFigures> Figures { get; }
}
