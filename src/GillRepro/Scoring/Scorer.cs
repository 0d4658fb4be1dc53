namespace GillRepro.Scoring;

/// <summary>Scores one paper: against a profile, and with the Index's two scores.</summary>
internal static class Scorer
{
    public static ComplianceScore Compliance(Paper paper, ScoringProfile profile)
    {
        var outcomes = new CriterionOutcome[profile.Criteria.Count];
        var points = 0d;
        for (var i = 0; i < outcomes.Length; i++)
        {
            var criterion = profile.Criteria[i];
            var result = paper.Find(criterion.Kind)?.Result.Text;
            var met = criterion.IsMetBy(result);
            var earned = met ? criterion.Weight : 0;
            points += earned;
            outcomes[i] = new CriterionOutcome(criterion.Variable, result, met, earned, criterion.Weight);
        }
        return new ComplianceScore(profile.Name, points, profile.Maximum, profile.PassShare, EquatableArray.Own(outcomes));
    }

    public static PaperScore Score(Paper paper)
    {
        var documentation = Compliance(paper, ScoringProfile.Documentation);
        bool code = false, data = false;
        var all = VariableCatalog.All;
        for (var i = 0; i < all.Count; i++)
        {
            var variable = all[i];
            if (variable.ReproducibilityRole == ReproducibilityRole.None || paper.Find(variable.Kind)?.Result.IsYes != true) continue;
            if (variable.ReproducibilityRole == ReproducibilityRole.Code) code = true;
            else data = true;
        }
        var empirical = paper.Find(VariableKind.ResearchType)?.Result.Value == ResultValue.Experimental;
        return new PaperScore((int)documentation.Points, code, data, empirical, paper.IsComplete, documentation.Outcomes);
    }
}
