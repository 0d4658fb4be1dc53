
namespace GillRepro.Agreement;

/// <summary>The comparison of one group of the compared papers (a venue, a year, an affiliation).</summary>
public sealed record ComparisonGroup
{
    internal ComparisonGroup(GroupKey key, int papers, EquatableArray<VariableAgreement> variables, double meanAbsoluteDocumentationChange, Proportion changed, EquatableArray<LabellingFigures> figures)
    {
        Key = key;
        Papers = papers;
        Variables = variables;
        MeanAbsoluteDocumentationChange = meanAbsoluteDocumentationChange;
        Changed = changed;
        Figures = figures;
    }

    /// <summary>The group's key.</summary>
    public GroupKey Key { get; }

    /// <summary>The compared papers in the group.</summary>
    public int Papers { get; }

    /// <summary>The nine variables' agreement in the group.</summary>
    public EquatableArray<VariableAgreement> Variables { get; }

    /// <summary>The mean |ΔD| in the group.</summary>
    public double MeanAbsoluteDocumentationChange { get; }

    /// <summary>The group's papers whose D or R differs.</summary>
    public Proportion Changed { get; }

    /// <summary>The group's figures under the labelling and the reference.</summary>
    public EquatableArray<LabellingFigures> Figures { get; }
}
