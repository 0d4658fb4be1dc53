namespace GillRepro.Audit;

/// <summary>
/// Checks each label of a paper against the evidence quoted for it (docs/audit.md): Open Source Code "Yes"
/// with no link and a promise, Software Dependencies "Yes" with no version anywhere, a "Yes" whose evidence
/// says the paper does not, and the other rules of <see cref="Rules"/>. Like rtransparency's, every finding
/// carries the words that triggered it, so a reader can judge it.
/// </summary>
public static class EvidenceAudit
{
    /// <summary>Every rule, in order of code.</summary>
    public static EquatableArray<AuditRule> Rules { get; } = EquatableArray.Own(AuditRules.All.Select(r => r.Rule).ToArray());

    /// <summary>The findings for a paper, the likeliest wrong label first (by strength, then in the table's order); empty when every label holds.</summary>
    /// <param name="paper">A parsed or built paper.</param>
    public static EquatableArray<AuditFinding> Check(Paper paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        List<AuditFinding>? findings = null;
        foreach (var variable in paper.Variables)
        {
            if (variable.Kind == VariableKind.Unknown || !VariableCatalog.Get(variable.Kind).CountsTowardDocumentation) continue;
            if (!ReferenceEquals(paper.Find(variable.Kind), variable)) continue;   // only the first row of a variable counts
            var result = variable.Result.Value;
            if (result is not (ResultValue.Yes or ResultValue.No)) continue;
            AuditText? text = null;
            foreach (var check in AuditRules.All)
            {
                if (check.Kind is { } kind && kind != variable.Kind) continue;
                if (check.Result != result) continue;
                text ??= new AuditText(variable.Evidence.Text);
                if (check.When.Holds(text) is not { } quote) continue;
                (findings ??= []).Add(new AuditFinding(variable.Name, variable.Result.Text, check.Rule.Code, check.Rule.Message, quote, check.Rule.Strength));
            }
        }
        if (findings is null) return [];
        // A stable sort: by strength, then as found (the table's order within a row, rows in the Index's order).
        return EquatableArray.Own([.. findings.OrderByDescending(f => f.Strength)]);
    }
}
