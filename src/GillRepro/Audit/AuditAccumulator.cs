namespace GillRepro.Audit;

/// <summary>Counts a group's labels and flagged labels per documentation variable as papers come and go.</summary>
internal sealed class AuditAccumulator
{
    private static readonly EquatableArray<VariableDefinition> Variables = VariableCatalog.Documentation;
    private readonly int[] _labels = new int[Variables.Count];
    private readonly int[] _flagged = new int[Variables.Count];

    public void Add(Paper paper, int sign)
    {
        var findings = EvidenceAudit.Check(paper);
        for (var i = 0; i < Variables.Count; i++)
        {
            if (paper.Find(Variables[i].Kind) is not { } row) continue;
            _labels[i] += sign;
            foreach (var finding in findings)
            {
                if (finding.Variable != row.Name) continue;
                _flagged[i] += sign;
                break;
            }
        }
    }

    public AuditFigures ToFigures()
    {
        var variables = new VariableProportion[Variables.Count];
        for (var i = 0; i < variables.Length; i++) variables[i] = new VariableProportion(Variables[i], new Proportion(_flagged[i], _labels[i]));
        return new AuditFigures(new Proportion(_flagged.Sum(), _labels.Sum()), EquatableArray.Own(variables));
    }
}
