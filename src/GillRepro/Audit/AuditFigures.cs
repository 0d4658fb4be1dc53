namespace GillRepro.Audit;

/// <summary>The share of a group's labels the audit flags (<c>summary --audit</c>), per documentation variable and over all seven.</summary>
/// <param name="Flagged">Flagged labels of all labels of the seven documentation variables.</param>
/// <param name="Variables">Per variable, flagged labels of the papers that have a row for it, in the Index's order.</param>
public sealed record AuditFigures(Proportion Flagged, EquatableArray<VariableProportion> Variables);
