using GillRepro.Tests.Support;
using Shouldly;
using Xunit;

namespace GillRepro.Tests.Profiles;

/// <summary>Profile files: read with their defaults, written back to an equal profile, and refused with a code and a place.</summary>
public sealed class ProfileFileTests
{
    private const string IssueExample = """
        {
          "name": "Open artefacts",
          "description": "Code and data both shared",
          "criteria": [
            { "variable": "Open Source Code", "weight": 1, "accept": ["Yes"] },
            { "variable": "Open Datasets" }
          ],
          "pass": { "share": 1.0 }
        }
        """;

    [Fact]
    public void A_criterion_without_weight_or_accept_is_worth_one_point_for_Yes_and_a_profile_without_pass_needs_every_point()
    {
        var profile = ScoringProfile.Parse("""{ "name": "P", "criteria": [ { "variable": "open datasets" } ] }""");

        profile.Criteria.Single().ShouldBe(new ScoringCriterion("Open Datasets", 1, ["Yes"]));
        profile.PassShare.ShouldBe(1);
    }

    [Fact]
    public void The_issue_example_is_the_code_and_data_profile_under_another_name()
    {
        var profile = ScoringProfile.Parse(IssueExample);

        profile.Criteria.ShouldBe(ScoringProfile.CodeAndData.Criteria);
        profile.Description.ShouldBe("Code and data both shared");
    }

    [Theory]
    [InlineData("documentation")]
    [InlineData("code-and-data")]
    public void A_built_in_profile_written_as_a_file_reads_back_equal(string name)
    {
        var profile = ScoringProfile.BuiltIn[name];

        ScoringProfile.Parse(profile.ToJson()).ShouldBe(profile);
    }

    [Fact]
    public void Every_example_profile_in_the_docs_reads_and_names_its_source_and_items()
    {
        var files = Directory.GetFiles(Path.Combine(Repository.Root, "docs", "profiles"), "*.json");
        files.Length.ShouldBeGreaterThanOrEqualTo(2);
        foreach (var file in files)
        {
            var profile = ScoringProfile.Parse(File.ReadAllText(file));
            profile.Source.ShouldNotBeNullOrWhiteSpace(file);
            profile.NotObserved.ShouldNotBeEmpty(file);
            profile.Criteria.ShouldAllBe(c => !string.IsNullOrWhiteSpace(c.Item), file);
            ScoringProfile.Parse(profile.ToJson()).ShouldBe(profile, file);
        }
    }

    /// <summary>The codes the refusal cases below cover: every profile code.</summary>
    public static IEnumerable<string> RefusalCodes =>
        typeof(ProfileFileTests).GetMethod(nameof(A_profile_that_is_not_sound_is_refused_with_its_code_and_place))!
            .GetCustomAttributes(typeof(InlineDataAttribute), false).Cast<InlineDataAttribute>().Select(a => (string)a.GetData(null!).Single()[1]);

    [Theory]
    [InlineData("{ \"name\": \"P\", \"criteria\": [ { \"variable\": \"Open Datasets\" } ", "GR050", 1, 62)]
    [InlineData("{ \"name\": \"P\",\n  \"criteria\": [ { \"variable\": \"Open Source Cod\" } ] }", "GR051", 2, 31)]
    [InlineData("{ \"name\": \"P\",\n  \"criteria\": [ { \"variable\": \"Pseudocode\", \"weight\": 0 } ] }", "GR052", 2, 55)]
    [InlineData("{ \"name\": \"P\",\n  \"criteria\": [ { \"variable\": \"Pseudocode\", \"weight\": -2.5 } ] }", "GR052", 2, 55)]
    [InlineData("{ \"name\": \"P\",\n  \"criteria\": [ { \"variable\": \"Pseudocode\", \"weight\": \"1\" } ] }", "GR050", 2, 55)]
    [InlineData("{ \"name\": \"P\",\n  \"criteria\": [] }", "GR053", 2, 15)]
    [InlineData("{ \"name\": \"P\" }", "GR053", 1, 1)]
    [InlineData("{ \"name\": \"P\",\n  \"criteria\": [ { \"variable\": \"Pseudocode\" },\n    { \"variable\": \"PSEUDOCODE\" } ] }", "GR054", 3, 19)]
    [InlineData("{ \"name\": \"P\",\n  \"criteria\": [ { \"variable\": \"Pseudocode\", \"accept\": [\"Yes\", \"Partial\"] } ] }", "GR055", 2, 63)]
    [InlineData("{ \"name\": \"P\",\n  \"criteria\": [ { \"variable\": \"Pseudocode\" } ],\n  \"pass\": { \"share\": 1.5 } }", "GR056", 3, 22)]
    [InlineData("{ \"name\": \"P\",\n  \"criteria\": [ { \"variable\": \"Pseudocode\", \"wieght\": 2 } ] }", "GR050", 2, 45)]
    [InlineData("{ \"criteria\": [ { \"variable\": \"Pseudocode\" } ] }", "GR050", 1, 1)]
    [InlineData("null", "GR050", 1, 1)]
    public void A_profile_that_is_not_sound_is_refused_with_its_code_and_place(string json, string code, int line, int column)
    {
        ScoringProfile.TryParse(json, out var profile, out var error).ShouldBeFalse();

        profile.ShouldBeNull();
        error.ShouldNotBeNull();
        (error.Code, error.Span.Line, error.Span.Column).ShouldBe((code, line, column), error.Message);
        Should.Throw<ScoringProfileException>(() => ScoringProfile.Parse(json)).Error.ShouldBe(error);
    }

    [Fact]
    public void An_unknown_variable_is_named_with_the_nearest_known_one()
    {
        ScoringProfile.TryParse("""{ "name": "P", "criteria": [ { "variable": "Hardware Specs" } ] }""", out _, out var error);

        error!.Message.ShouldBe("`Hardware Specs` is not one of the Index's variables; the nearest is `Hardware Specification`");
    }

    [Fact]
    public void An_unknown_field_is_named()
    {
        ScoringProfile.TryParse("""{ "name": "P", "criteria": [ { "variable": "Pseudocode", "wieght": 2 } ] }""", out _, out var error);

        error!.Message.ShouldContain("`wieght` is not a field of a profile");
    }

    [Fact]
    public void Comments_and_trailing_commas_are_read_and_a_schema_reference_is_allowed()
    {
        var profile = ScoringProfile.Parse("""
            {
              "$schema": "https://example.org/profile.schema.json",
              // the artefacts
              "name": "P",
              "criteria": [ { "variable": "Open Datasets", }, ],
            }
            """);

        profile.Criteria.Count.ShouldBe(1);
    }

    [Fact]
    public void A_pass_share_below_one_lets_a_paper_comply_without_every_criterion()
    {
        var profile = ScoringProfile.Parse("""{ "name": "Most", "criteria": [ { "variable": "Open Source Code", "weight": 3 }, { "variable": "Open Datasets" } ], "pass": { "share": 0.75 } }""");
        var seed = Scorecard.Parse(Repository.SeedText);
        var codeOnly = seed with { Variables = [.. seed.Variables.Select(v => v.Name == "Open Datasets" ? v with { Result = new Result("No") } : v)] };

        var score = Scorecard.Score(codeOnly, profile);

        (score.Points, score.Maximum, score.ShareMet, score.IsCompliant).ShouldBe((3d, 4d, 0.75, true));
        score.Missing.ShouldBe(["Open Datasets"]);
    }
}
