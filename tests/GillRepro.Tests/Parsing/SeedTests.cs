using GillRepro.Tests.Support;

namespace GillRepro.Tests.Parsing;

public class SeedTests
{
    private static readonly Paper Seed = Scorecard.Parse(Repository.SeedText);

    [Fact]
    public void SeedHasNineVariablesInTheIndexOrder()
    {
        Seed.Variables.Select(v => v.Kind).ShouldBe(
        [
            VariableKind.ResearchType, VariableKind.ResearcherAffiliation, VariableKind.Pseudocode,
            VariableKind.OpenSourceCode, VariableKind.OpenDatasets, VariableKind.DatasetSplits,
            VariableKind.HardwareSpecification, VariableKind.SoftwareDependencies, VariableKind.ExperimentSetup,
        ]);
    }

    [Fact]
    public void SeedFrontMatterIsReadExactly()
    {
        Seed.Notice.ShouldNotBeNull().ShouldStartWith("Notice: The reproducibility variables underlying each score");
        Seed.Title.ShouldBe("Generating Images with Multimodal Language Models");
        Seed.Authors.ShouldBe(["Jing Yu Koh", "Daniel Fried", "Russ R. Salakhutdinov"]);
        Seed.Venue.ShouldBe(new Venue("NeurIPS", 2023));
        Seed.Links.ShouldBe(["Venue PDF", "LLM Run Details"]);
    }

    [Fact]
    public void SeedScoresFiveAndPointEightSix()
    {
        var score = Scorecard.Score(Seed);

        score.DocumentationScore.ShouldBe(5);
        score.ReproducibilityScore.ShouldBe(0.86);
        score.IsEmpirical.ShouldBeTrue();
        (score.SharesCode && score.SharesData).ShouldBeTrue();
        score.Breakdown.Where(o => !o.Met).Select(o => o.Variable).ShouldBe(["Pseudocode", "Software Dependencies"]);
    }

    [Fact]
    public void EvidenceSpansPointAtTheirTextInTheSource()
    {
        var lines = Repository.SeedText.Split('\n');
        foreach (var variable in Seed.Variables)
        {
            var span = variable.Evidence.Span;
            Repository.SeedText.Substring(span.Offset, span.Length).ShouldBe(variable.Evidence.Text);
            lines[span.Line - 1].Substring(span.Column - 1, span.Length).ShouldBe(variable.Evidence.Text);
        }

        var code = Seed.Find(VariableKind.OpenSourceCode).ShouldNotBeNull();
        code.Evidence.Span.Line.ShouldBe(10);
        code.Evidence.Span.Column.ShouldBe(28); // "| Open Source Code | Yes | " is 27 characters
    }

    [Fact]
    public void SeedRoundTripsThroughMarkdownByteForByte() =>
        Scorecard.ToMarkdown(Seed).ShouldBe(Repository.SeedText);

    [Fact]
    public void SeedRoundTripsThroughJson() =>
        ScorecardJson.DeserializePaper(ScorecardJson.Serialize(Seed)).ShouldBe(Seed);

    [Fact]
    public void TwoParsesOfOneTextAreEqual()
    {
        var again = Scorecard.Parse(Repository.SeedText);

        again.ShouldBe(Seed);
        again.GetHashCode().ShouldBe(Seed.GetHashCode());
        again.ShouldNotBeSameAs(Seed);
    }

    [Fact]
    public void SeedJsonMatchesTheApprovedSnapshot() =>
        ScorecardJson.Serialize(Seed).ShouldMatchSnapshot();

    [Fact]
    public void SeedScoreJsonMatchesTheApprovedSnapshot() =>
        ScorecardJson.Serialize(Scorecard.Score(Seed)).ShouldMatchSnapshot();
}
