using GillRepro.Tests.Support;

namespace GillRepro.Tests.Scoring;

public class ScoringTests
{
    private static Paper PaperWith(params (string Name, string Result)[] rows) =>
        new(null, "T", ["A"], new Venue("V", 2020), [],
            [.. rows.Select(r => new Variable(r.Name, new Result(r.Result), new Evidence("")))]);

    private static Paper Empirical(string code, string data, params (string, string)[] more) =>
        PaperWith([("Research Type", "Experimental"), ("Open Source Code", code), ("Open Datasets", data), .. more]);

    [Theory]
    [InlineData("Yes", "Yes", 0.86)]
    [InlineData("No", "Yes", 0.33)]
    [InlineData("N/A", "Yes", 0.33)]
    [InlineData("Yes", "No", 0)]
    [InlineData("No", "No", 0)]
    [InlineData("Yes", "N/A", 0)]
    public void ReproducibilityScoreFollowsCodeAndData(string code, string data, double expected) =>
        Scorecard.Score(Empirical(code, data)).ReproducibilityScore.ShouldBe(expected);

    [Fact]
    public void DocumentationScoreCountsYesAmongTheSevenVariablesOnly()
    {
        var paper = Empirical("Yes", "yes", ("Pseudocode", "Yes"), ("Dataset Splits", "N/A"), ("Hardware Specification", "2"),
            ("Researcher Affiliation", "Yes"), ("Ethics", "Yes"));

        var score = Scorecard.Score(paper);

        score.DocumentationScore.ShouldBe(3);
        score.Breakdown.Count.ShouldBe(7);
        score.Breakdown.Single(o => o.Variable == "Dataset Splits").ShouldBe(new CriterionOutcome("Dataset Splits", "N/A", false, 0, 1));
        score.Breakdown.Single(o => o.Variable == "Experiment Setup").Result.ShouldBeNull();
    }

    [Fact]
    public void OnlyExperimentalPapersAreEmpirical()
    {
        Scorecard.Score(Empirical("No", "No")).IsEmpirical.ShouldBeTrue();
        Scorecard.Score(PaperWith(("Research Type", "Theoretical"))).IsEmpirical.ShouldBeFalse();
        Scorecard.Score(PaperWith(("Research Type", "N/A"))).IsEmpirical.ShouldBeFalse();
        Scorecard.Score(PaperWith()).IsEmpirical.ShouldBeFalse();
    }

    [Fact]
    public void ProfileScoresPointsMaximumShareAndWhatIsMissing()
    {
        var checklist = new ScoringProfile("Venue checklist",
        [
            new ScoringCriterion(VariableKind.OpenSourceCode, 2),
            new ScoringCriterion(VariableKind.OpenDatasets, 2),
            new ScoringCriterion("hardware specification", 1, ["YES"]),
        ]);
        var paper = Empirical("Yes", "No", ("Hardware Specification", "yes"));

        var score = Scorecard.Score(paper, checklist);

        score.Profile.ShouldBe("Venue checklist");
        score.Points.ShouldBe(3);
        score.Maximum.ShouldBe(5);
        score.ShareMet.ShouldBe(0.6);
        score.IsCompliant.ShouldBeFalse();
        score.Missing.ShouldBe(["Open Datasets"]);
    }

    [Fact]
    public void CodeAndDataProfileIsCompliantOnlyWithBoth()
    {
        Scorecard.Score(Empirical("Yes", "Yes"), ScoringProfile.CodeAndData).IsCompliant.ShouldBeTrue();
        Scorecard.Score(Empirical("Yes", "No"), ScoringProfile.CodeAndData).Missing.ShouldBe(["Open Datasets"]);
    }

    [Fact]
    public void DefaultProfileIsTheDocumentationScore()
    {
        var seed = Scorecard.Parse(Repository.SeedText);
        var score = Scorecard.Score(seed, ScoringProfile.Documentation);

        score.Points.ShouldBe(5);
        score.Maximum.ShouldBe(7);
        score.Outcomes.ShouldBe(Scorecard.Score(seed).Breakdown);
    }

    [Fact]
    public void ProfilesAreValuesAndRejectNonsense()
    {
        new ScoringProfile("P", [new ScoringCriterion("pseudocode")]).ShouldBe(new ScoringProfile("P", [new ScoringCriterion("Pseudocode", 1, ["Yes"])]));
        new ScoringCriterion("research TYPE", 1, ["experimental"]).MetBy.ShouldBe(["Experimental"]);
        Should.Throw<ArgumentException>(() => new ScoringProfile("P", []));
        Should.Throw<ArgumentException>(() => new ScoringProfile("P", [new ScoringCriterion("Pseudocode"), new ScoringCriterion("pseudocode")]));
        Should.Throw<ArgumentException>(() => new ScoringCriterion("Open Source Cod")).Message.ShouldContain("the nearest is `Open Source Code`");
        Should.Throw<ArgumentException>(() => new ScoringCriterion("Hardware Specification", 1, ["Partial"])).Message.ShouldContain("never takes the result `Partial`");
        Should.Throw<ArgumentOutOfRangeException>(() => new ScoringCriterion("Pseudocode", 0));
        Should.Throw<ArgumentOutOfRangeException>(() => new ScoringCriterion("Pseudocode", -1));
        Should.Throw<ArgumentOutOfRangeException>(() => new ScoringCriterion("Pseudocode", double.NaN));
        Should.Throw<ArgumentOutOfRangeException>(() => new ScoringProfile("P", [new ScoringCriterion("Pseudocode")], passShare: 0));
    }

    [Theory]
    [InlineData(6, 7, 0.487, 0.974)]
    [InlineData(5, 15, 0.152, 0.583)]
    public void WilsonIntervalsOfTheBaseRatesMatchThePaper(int successes, int trials, double low, double high)
    {
        var (l, h) = ReproducibilityRates.Wilson(successes, trials);

        Math.Round(l, 3).ShouldBe(low);
        Math.Round(h, 3).ShouldBe(high);
    }

    [Fact]
    public void GroupFiguresCountOnlyEmpiricalPapersAndCarryTheIntervalLinearly()
    {
        var papers = new[]
        {
            Empirical("Yes", "Yes", ("Pseudocode", "Yes")),
            Empirical("No", "Yes"),
            Empirical("No", "No"),
            Empirical("Yes", "Yes"),
            PaperWith(("Research Type", "Theoretical"), ("Open Source Code", "Yes"), ("Open Datasets", "Yes")),
        };

        var group = GroupScore.Of(papers);

        group.Papers.ShouldBe(5);
        group.EmpiricalPapers.ShouldBe(4);
        (group.BothCodeAndData.Count, group.BothCodeAndData.Total, group.BothCodeAndData.Share).ShouldBe((2, 4, 0.5));
        (group.DataOnly.Count, group.DataOnly.Share).ShouldBe((1, 0.25));
        group.DocumentationScoreCounts.ShouldBe([1, 1, 1, 1, 0, 0, 0, 0]);
        group.MeanDocumentationScore.ShouldBe(1.5);
        group.MedianDocumentationScore.ShouldBe(1.5);
        group.MeanReproducibilityScore.ShouldBe((0.86 * 2 + 0.33) / 4, 1e-12);
        group.ReproducibilityLow.ShouldBe(0.5 * 0.48687 + 0.25 * 0.15183, 1e-4);
        group.ReproducibilityHigh.ShouldBe(0.5 * 0.97433 + 0.25 * 0.58279, 1e-4);
        group.Variables.Select(v => (v.Variable, v.Proportion.Count)).ShouldBe(
        [
            ("Pseudocode", 1), ("Open Source Code", 2), ("Open Datasets", 3),
            ("Dataset Splits", 0), ("Hardware Specification", 0),
            ("Software Dependencies", 0), ("Experiment Setup", 0),
        ]);
    }

    [Fact]
    public void EmptyGroupHasZeroFiguresNotNaN()
    {
        var group = GroupScore.Of([]);

        group.Papers.ShouldBe(0);
        group.MeanDocumentationScore.ShouldBe(0);
        group.MeanReproducibilityScore.ShouldBe(0);
        group.BothCodeAndData.Share.ShouldBe(0);
        ScorecardJson.Serialize(group).ShouldNotContain("NaN");
    }
}
