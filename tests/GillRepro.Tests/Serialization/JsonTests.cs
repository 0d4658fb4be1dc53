using System.Text.Json;
using GillRepro.Tests.Support;

namespace GillRepro.Tests.Serialization;

public class JsonTests
{
    [Fact]
    public void CompactJsonIsOneLineAndRoundTrips()
    {
        var seed = Scorecard.Parse(Repository.SeedText);
        var json = ScorecardJson.Serialize(seed, indented: false);

        json.ShouldNotContain("\n");
        ScorecardJson.DeserializePaper(json).ShouldBe(seed);
    }

    [Fact]
    public void EnumsAreWrittenAsStringsAndNamesInCamelCase()
    {
        var json = ScorecardJson.Serialize(Scorecard.Parse(Repository.SeedText));

        // A variable is spelled one way in every JSON: as the Index writes it, never as the enum's member.
        json.ShouldContain("\"name\": \"Open Source Code\"");
        json.ShouldNotContain("OpenSourceCode");
        json.ShouldNotContain("\"kind\"");
        json.ShouldContain("\"value\": \"Yes\"");
        json.ShouldContain("β1 = 0.9");
    }

    [Theory]
    [InlineData("null")]
    [InlineData("{\"title\": null, \"authors\": [], \"venue\": {\"name\": \"X\", \"year\": 1}, \"links\": [], \"variables\": []}")]
    [InlineData("{\"title\": \"T\"")]
    public void InvalidJsonIsAJsonException(string json) =>
        Should.Throw<JsonException>(() => ScorecardJson.DeserializePaper(json));

    [Fact]
    public void GroupScoreJsonMatchesTheApprovedSnapshot()
    {
        var seed = Scorecard.Parse(Repository.SeedText);
        var theoretical = seed with { Variables = [.. seed.Variables.Select(v => v.Kind == VariableKind.ResearchType ? v with { Result = new Result("Theoretical") } : v)] };

        ScorecardJson.Serialize(GroupScore.Of([seed, theoretical])).ShouldMatchSnapshot();
    }

    [Fact]
    public void ComplianceScoreJsonMatchesTheApprovedSnapshot() =>
        ScorecardJson.Serialize(Scorecard.Score(Scorecard.Parse(Repository.SeedText), ScoringProfile.CodeAndData)).ShouldMatchSnapshot();
}
