using System.Text.Json;
using Json.Schema;
using GillRepro.Tests.Support;

namespace GillRepro.Tests.Api;

/// <summary>The JSON Schemas in docs/schemas (draft 2020-12) against what the library and the tool really write.</summary>
public class JsonSchemaTests
{
    private static readonly Dictionary<string, JsonSchema> Schemas = [];

    /// <summary>
    /// A schema file. Every file is loaded once, all together on first use: JsonSchema.Net registers a
    /// schema's $id globally, and the schemas refer to each other's (urn:gillrepro:schema:common and the like).
    /// </summary>
    private static JsonSchema Load(string schemaFile)
    {
        lock (Schemas)
        {
            if (Schemas.Count == 0)
            {
                foreach (var file in Directory.GetFiles(Path.Combine(Repository.Root, "docs", "schemas"), "*.schema.json"))
                    Schemas.Add(Path.GetFileName(file), JsonSchema.FromFile(file));
            }
            return Schemas[schemaFile];
        }
    }

    internal static void ShouldConform(string json, string schemaFile)
    {
        var schema = Load(schemaFile);
        using var document = JsonDocument.Parse(json);
        var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        result.IsValid.ShouldBeTrue(string.Join("; ", (result.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    public static TheoryData<string> Cards => new() { "seed", "cut", "built" };

    private static Paper Paper(string which) => which switch
    {
        "seed" => Scorecard.Parse(Repository.SeedText),
        "cut" => Scorecard.ParseLenient(Repository.SeedText[..2000]).Paper!,
        _ => new Paper(null, "T", [], new Venue("V", 2020), [], [new Variable("Unknown thing", new Result("N/A"), new Evidence(""))]),
    };

    [Theory]
    [MemberData(nameof(Cards))]
    public void PaperJsonConformsToItsSchema(string which)
    {
        ShouldConform(ScorecardJson.Serialize(Paper(which)), "paper.schema.json");
        ShouldConform(ScorecardJson.Serialize(Paper(which), indented: false), "paper.schema.json");
    }

    [Theory]
    [MemberData(nameof(Cards))]
    public void ScoreJsonConformsToItsSchema(string which) =>
        ShouldConform(ScorecardJson.Serialize(Scorecard.Score(Paper(which))), "score.schema.json");

    [Theory]
    [InlineData("year")]
    [InlineData("venue-year")]
    [InlineData("affiliation")]
    [InlineData("none")]
    public void SummaryJsonConformsToItsSchema(string by)
    {
        using var folder = new TempFolder();
        folder.Write("seed.md", Repository.SeedText);
        folder.Write("card.md", Support.Cards.Valid);

        ShouldConform(Tool.Run("summary", folder.Path, "--by", by, "--format", "json").Output, "summary.schema.json");
        ShouldConform(Tool.Run("summary", folder.Path, "--by", by, "--format", "json", "--profile", "code-and-data").Output, "summary.schema.json");
        ShouldConform(Tool.Run("summary", folder.Path, "--by", by, "--format", "json", "--facts", "--audit").Output, "summary.schema.json");
    }

    [Theory]
    [InlineData("gk2018-run-1", "gk2018-human", "none")]
    [InlineData("gk2018-run-1", "gk2018-human", "venue-year")]
    [InlineData("sample160-index", "sample160-human", "year")]
    public void CompareJsonConformsToItsSchemaForTwoLabellingsAndForThree(string first, string second, string by)
    {
        var sample = Path.Combine(Repository.Root, "tests", "GillRepro.Tests", "Agreement", "Sample");

        ShouldConform(Tool.Run("compare", Path.Combine(sample, first + ".md"), Path.Combine(sample, second + ".md"), "--by", by, "--format", "json").Output, "comparison.schema.json");
        ShouldConform(Tool.Run("compare", Path.Combine(sample, "gk2018-run-1.md"), Path.Combine(sample, "gk2018-run-2.md"), Path.Combine(sample, "gk2018-run-3.md"), "--by", by, "--format", "json").Output, "stability.schema.json");
    }

    [Fact]
    public void ADuplicateAndAnUnmatchedPaperConformToTheComparisonSchema()
    {
        var seed = Scorecard.Parse(Repository.SeedText);
        var comparison = LabellingComparison.Of(new Labelling("a", [seed, seed, seed with { Title = "Other" }]), new Labelling("b", [seed]));

        comparison.Duplicates.Count.ShouldBe(1);
        comparison.Unmatched.Count.ShouldBe(1);
        ShouldConform(ScorecardJson.Serialize(comparison), "comparison.schema.json");
    }

    [Theory]
    [InlineData("json")]
    [InlineData("jsonl")]
    public void ScoredPapersConformToTheirSchemaWithAndWithoutAProfile(string format)
    {
        foreach (var profile in new[] { Array.Empty<string>(), ["--profile", "code-and-data"] })
        {
            var output = Tool.Run(["score", Path.Combine(Corpora.SampleDirectory, "plain"), "--format", format, .. profile]).Output;
            var items = format == "json"
                ? JsonDocument.Parse(output).RootElement.EnumerateArray().Select(e => e.GetRawText()).ToList()
                : [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries)];
            items.Count.ShouldBeGreaterThan(100);
            foreach (var item in items) ShouldConform(item, "scored-paper.schema.json");
        }
    }

    [Fact]
    public void FactsAndFlaggedLabelsConformToTheirSchemas()
    {
        var corpus = Path.Combine(Repository.Root, "tests", "GillRepro.Tests", "Sample", "markdown");
        var facts = Tool.Run("facts", corpus, "--format", "jsonl");
        facts.ExitCode.ShouldBe(0, facts.Error);
        var lines = facts.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.ShouldNotBeEmpty();
        foreach (var line in lines) ShouldConform(line, "fact-sheet.schema.json");
        var audit = Tool.Run("audit", corpus, "--format", "jsonl");
        var findings = audit.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        findings.ShouldNotBeEmpty();
        foreach (var line in findings) ShouldConform(line, "flagged-label.schema.json");
        foreach (var paper in Directory.EnumerateFiles(corpus, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Take(40).Select(f => Scorecard.Parse(File.ReadAllText(f))))
        {
            ShouldConform(ScorecardJson.Serialize(GillRepro.Facts.PaperFacts.Of(paper)), "facts.schema.json");
            ShouldConform(ScorecardJson.Serialize(ScoredPaper.Of(paper, "a.md", facts: true), indented: false), "scored-paper.schema.json");
        }
    }

    [Fact]
    public void GroupFiguresAndComplianceConformToTheirSchemas()
    {
        var papers = Directory.GetFiles(Path.Combine(Corpora.SampleDirectory, "markdown"), "*.md", SearchOption.AllDirectories).Select(f => Scorecard.Parse(File.ReadAllText(f))).ToList();

        ShouldConform(ScorecardJson.Serialize(GroupScore.Of(papers)), "group-score.schema.json");
        ShouldConform(ScorecardJson.Serialize(GroupScore.Of([])), "group-score.schema.json");
        ShouldConform(ScorecardJson.Serialize(GroupCompliance.Of(papers, ScoringProfile.CodeAndData)), "group-compliance.schema.json");
        ShouldConform(ScorecardJson.Serialize(Scorecard.Score(papers[0], ScoringProfile.Documentation)), "compliance.schema.json");
    }

    [Fact]
    public void ProfileFilesConformToTheirSchemaAndSoDoesWhatToJsonWrites()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(Repository.Root, "docs", "profiles"), "*.json"))
        {
            ShouldConform(File.ReadAllText(file), "profile.schema.json");
        }
        foreach (var profile in ScoringProfile.BuiltIn.Values) ShouldConform(profile.ToJson(), "profile.schema.json");
    }

    [Theory]
    [InlineData("""{ "name": "P", "criteria": [ { "variable": "Pseudocode", "weight": 0 } ] }""")]
    [InlineData("""{ "name": "P", "criteria": [] }""")]
    [InlineData("""{ "name": "P", "criteria": [ { "variable": "Hardware Specs" } ] }""")]
    [InlineData("""{ "name": "P", "criteria": [ { "variable": "Pseudocode", "wieght": 2 } ] }""")]
    [InlineData("""{ "name": "P", "criteria": [ { "variable": "Pseudocode" } ], "pass": { "share": 1.5 } }""")]
    public void TheProfileSchemaRefusesWhatTheReaderRefuses(string json)
    {
        ScoringProfile.TryParse(json, out _, out _).ShouldBeFalse();
        using var document = JsonDocument.Parse(json);
        Load("profile.schema.json").Evaluate(document.RootElement).IsValid.ShouldBeFalse();
    }

    [Fact]
    public void SchemasRejectWhatTheyShould()
    {
        var schema = Load("score.schema.json");
        using var document = JsonDocument.Parse("""{"documentationScore": 9, "reproducibilityScore": 0.5, "isEmpirical": true, "breakdown": [], "sharesCode": false, "sharesData": false}""");

        schema.Evaluate(document.RootElement).IsValid.ShouldBeFalse();
    }

    [SkippableTheory]
    [MemberData(nameof(Corpora.Names), MemberType = typeof(Corpora))]
    public void EveryCorpusPaperConformsToThePaperSchema(string which)
    {
        var schema = Load("paper.schema.json");
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Corpora.Require(which), "markdown"), "*.md", SearchOption.AllDirectories).Take(500))
        {
            using var document = JsonDocument.Parse(ScorecardJson.Serialize(Scorecard.Parse(File.ReadAllText(file)), indented: false));
            schema.Evaluate(document.RootElement).IsValid.ShouldBeTrue(file);
        }
    }
}
