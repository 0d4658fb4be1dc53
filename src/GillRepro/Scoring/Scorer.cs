namespace GillRepro;

/// <summary>Scores one paper: against a profile, and with the Index's two scores.</summary>
internal static class Scorer
{
    public static ComplianceScore Score(Paper paper, ScoringProfile profile)
    {
        var outcomes = new CriterionOutcome[profile.Criteria.Count];
        var points = 0d;
        for (var i = 0; i < outcomes.Length; i++)
        {
            var criterion = profile.Criteria[i];
            var result = FindResult(paper, criterion);
            var met = criterion.IsMetBy(result);
            var earned = met ? criterion.Weight : 0;
            points += earned;
            outcomes[i] = new CriterionOutcome(criterion.Variable, result, met, earned, criterion.Weight);
        }
        return new ComplianceScore(profile.Name, points, profile.Maximum, Sequence.Own(outcomes));
    }

    public static PaperScore Score(Paper paper)
    {
        var documentation = Score(paper, ScoringProfile.Documentation);
        var code = IsYes(paper, VariableKind.OpenSourceCode);
        var data = IsYes(paper, VariableKind.OpenDatasets);
        var reproducibility = data ? (code ? ReproducibilityRates.CodeAndData : ReproducibilityRates.DataOnly) : 0;
        var empirical = paper.FindResult(VariableKind.ResearchType)?.Value == ResultValue.Experimental;
        return new PaperScore((int)documentation.Points, reproducibility, empirical, documentation.Outcomes);
    }

    private static bool IsYes(Paper paper, VariableKind kind) => paper.FindResult(kind)?.IsYes == true;

    /// <summary>
    /// The result of the first row the criterion names, or null: a known variable matches its kind
    /// (any spelling the grammar recognises), any other name matches in any letter case.
    /// </summary>
    private static string? FindResult(Paper paper, ScoringCriterion criterion)
    {
        var kind = criterion.Kind;
        if (kind != VariableKind.Unknown) return paper.FindResult(kind)?.Text;

        for (var i = 0; i < paper.Variables.Count; i++)
        {
            if (string.Equals(paper.NameAt(i), criterion.Variable, StringComparison.OrdinalIgnoreCase)) return paper.ResultAt(i).Text;
        }
        return null;
    }
}
