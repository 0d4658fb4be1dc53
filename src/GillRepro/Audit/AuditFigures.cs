namespace GillRepro.Audit;

/// <summary>The share of a group's labels the audit flags (<c>summary --audit</c>), per documentation variable and over all seven.</summary>
public sealed record AuditFigures
{
    internal AuditFigures(Proportion flagged, EquatableArray<VariableProportion> variables)
    {
        Flagged = flagged;
        Variables = variables;
    }

    /// <summary>Flagged labels of all labels of the seven documentation variables.</summary>
    public Proportion Flagged { get; }

    /// <summary>Per variable, flagged labels of the papers that have a row for it, in the Index's order.</summary>
    public EquatableArray<VariableProportion> Variables { get; }
}
