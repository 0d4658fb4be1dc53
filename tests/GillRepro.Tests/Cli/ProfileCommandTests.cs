using System.Text.Json;
using CsvHelper;
using GillRepro.Tests.Support;
using Shouldly;
using Xunit;

namespace GillRepro.Tests.Cli;

/// <summary>
/// <c>--profile</c> on score, summary and export, and <c>gillrepro profiles</c>, through the tool: the
/// built-ins agree with the Index's own figures on real pages, a file with a built-in's content gives the
/// same figures, and a profile that is not sound is refused before any work.
/// </summary>
public sealed class ProfileCommandTests
{
    private static JsonElement[] Groups(string json) => [.. JsonDocument.Parse(json).RootElement.GetProperty("groups").EnumerateArray()];

    [SkippableTheory]
    [MemberData(nameof(Corpora.Names), MemberType = typeof(Corpora))]
    public void Code_and_data_compliance_is_the_Index_share_of_papers_sharing_both_in_every_group(string corpus)
    {
        var markdown = Path.Combine(Corpora.Require(corpus), "markdown");

        var (exit, output, error) = Tool.Run("summary", markdown, "--by", "venue-year", "--format", "json", "--profile", "code-and-data", "--quiet");

        exit.ShouldBe(0, error);
        var groups = Groups(output);
        groups.Length.ShouldBeGreaterThan(1);
        foreach (var group in groups)
        {
            var (score, compliance) = (group.GetProperty("score"), group.GetProperty("compliance"));
            compliance.GetProperty("profile").GetString().ShouldBe("Code and data");
            var (compliant, both) = (compliance.GetProperty("compliant"), score.GetProperty("bothCodeAndData"));
            compliant.GetProperty("total").GetInt32().ShouldBe(score.GetProperty("empiricalPapers").GetInt32());
            compliant.GetProperty("count").GetInt32().ShouldBe(both.GetProperty("count").GetInt32());
            compliant.GetProperty("share").GetDouble().ShouldBe(both.GetProperty("share").GetDouble(), 1e-12);
            var (low, high) = (compliant.GetProperty("low").GetDouble(), compliant.GetProperty("high").GetDouble());
            low.ShouldBeLessThanOrEqualTo(compliant.GetProperty("share").GetDouble());
            high.ShouldBeGreaterThanOrEqualTo(compliant.GetProperty("share").GetDouble());
            var criteria = compliance.GetProperty("criteria").EnumerateArray().ToArray();
            criteria.Select(c => c.GetProperty("variable").GetString()).ShouldBe(["Open Source Code", "Open Datasets"]);
            var code = score.GetProperty("variables").EnumerateArray().Single(v => v.GetProperty("variable").GetString() == "Open Source Code");
            criteria[0].GetProperty("proportion").GetProperty("share").GetDouble().ShouldBe(code.GetProperty("proportion").GetProperty("share").GetDouble(), 1e-12);
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Corpora.Names), MemberType = typeof(Corpora))]
    public void Documentation_compliance_has_the_Index_mean_D_as_its_mean_points_in_every_group(string corpus)
    {
        var markdown = Path.Combine(Corpora.Require(corpus), "markdown");

        var (exit, output, error) = Tool.Run("summary", markdown, "--by", "year", "--format", "json", "--profile", "documentation", "--quiet");

        exit.ShouldBe(0, error);
        foreach (var group in Groups(output))
        {
            var (score, compliance) = (group.GetProperty("score"), group.GetProperty("compliance"));
            compliance.GetProperty("meanPoints").GetDouble().ShouldBe(score.GetProperty("meanDocumentationScore").GetDouble(), 1e-9);
            compliance.GetProperty("meanShare").GetDouble().ShouldBe(score.GetProperty("meanDocumentationScore").GetDouble() / 7, 1e-9);
            // Compliant with the whole D is D = 7.
            compliance.GetProperty("compliant").GetProperty("count").GetInt32().ShouldBe(score.GetProperty("documentationScoreCounts")[7].GetInt32());
        }
    }

    [Theory]
    [InlineData("documentation")]
    [InlineData("code-and-data")]
    public void A_profile_file_with_a_built_in_content_gives_the_same_figures(string name)
    {
        using var folder = new TempFolder();
        var (printed, file, _) = Tool.Run("profiles", name);
        printed.ShouldBe(0);
        var path = folder.Write("profile.json", file);
        var markdown = Path.Combine(Corpora.SampleDirectory, "markdown");

        var builtIn = Tool.Run("summary", markdown, "--by", "venue-year", "--format", "json", "--profile", name, "--quiet");
        var fromFile = Tool.Run("summary", markdown, "--by", "venue-year", "--format", "json", "--profile", path, "--quiet");

        fromFile.ShouldBe(builtIn);
        Tool.Run("export", markdown, "--format", "csv", "-o", folder.Path + "/a.csv", "--profile", name, "--quiet");
        Tool.Run("export", markdown, "--format", "csv", "-o", folder.Path + "/b.csv", "--profile", path, "--quiet");
        File.ReadAllText(folder.Path + "/b.csv").ShouldBe(File.ReadAllText(folder.Path + "/a.csv"));
    }

    [Fact]
    public void The_seed_meets_code_and_data_two_of_two()
    {
        var (exit, output, error) = Tool.Run("score", "--format", "json", "--profile", "code-and-data");

        exit.ShouldBe(0, error);
        var compliance = JsonDocument.Parse(output).RootElement[0].GetProperty("compliance");
        compliance.GetProperty("points").GetDouble().ShouldBe(2);
        compliance.GetProperty("maximum").GetDouble().ShouldBe(2);
        compliance.GetProperty("shareMet").GetDouble().ShouldBe(1);
        compliance.GetProperty("isCompliant").GetBoolean().ShouldBeTrue();
        compliance.GetProperty("missing").GetArrayLength().ShouldBe(0);
        Tool.Run("score", "--profile", "code-and-data").Output.ShouldContain("Code and data: 2 of 2 points (100%), compliant");
    }

    [Fact]
    public void Without_a_profile_the_outputs_are_as_they_were()
    {
        Tool.Run("score", "--format", "json").Output.ShouldNotContain("compliance");
        Tool.Run("summary", Path.Combine(Corpora.SampleDirectory, "markdown"), "--format", "json", "--quiet").Output.ShouldNotContain("compliance");
    }

    [Fact]
    public async Task Export_adds_the_profile_columns_in_every_format()
    {
        using var folder = new TempFolder();
        var markdown = Path.Combine(Corpora.SampleDirectory, "markdown");

        Tool.Run("export", markdown, "--format", "csv", "-o", folder.Path + "/p.csv", "--profile", "code-and-data", "--quiet").ExitCode.ShouldBe(0);
        Tool.Run("export", markdown, "--format", "jsonl", "-o", folder.Path + "/p.jsonl", "--profile", "code-and-data", "--quiet").ExitCode.ShouldBe(0);
        Tool.Run("export", markdown, "--format", "parquet", "-o", folder.Path + "/p.parquet", "--profile", "code-and-data", "--quiet").ExitCode.ShouldBe(0);

        File.ReadLines(folder.Path + "/p.csv").First().ShouldEndWith(",complete,compliance_points,compliance_share,compliant");
        var header = File.ReadLines(folder.Path + "/p.csv").First().Split(',');
        int Column(string name) => Array.IndexOf(header, name);
        var rows = 0;
        using (var reader = CsvReader.FromFile(folder.Path + "/p.csv"))
        {
            foreach (var row in reader)
            {
                rows++;
                var (code, data) = (row.GetString(Column("open_source_code")) == "Yes", row.GetString(Column("open_datasets")) == "Yes");
                row.GetString(Column("compliant")).ShouldBe(code && data ? "true" : "false");
                row.GetString(Column("compliance_points")).ShouldBe(((code ? 1 : 0) + (data ? 1 : 0)).ToString(System.Globalization.CultureInfo.InvariantCulture));
                row.GetString(Column("compliance_share")).ShouldBe(code && data ? "1" : code || data ? "0.5" : "0");
            }
        }
        rows.ShouldBe(215);
        File.ReadLines(folder.Path + "/p.jsonl").First().ShouldContain("\"compliance\":{\"profile\":\"Code and data\"");
        await using var stream = File.OpenRead(folder.Path + "/p.parquet");
        await using var parquet = await Parquet.ParquetReader.CreateAsync(stream);
        parquet.Schema.DataFields.Select(f => f.Name).TakeLast(3).ShouldBe(["compliance_points", "compliance_share", "compliant"]);
    }

    public static TheoryData<string, string, string> BadProfiles => new()
    {
        { "{ \"name\": \"P\", \"criteria\": [ { \"variable\": \"Open Datasets\" } ", "GR050", ":1:62: error GR050: not valid JSON" },
        { "{ \"name\": \"P\",\n  \"criteria\": [ { \"variable\": \"Hardware Specs\" } ] }", "GR051", ":2:31: error GR051: `Hardware Specs` is not one of the Index's variables; the nearest is `Hardware Specification`" },
        { "{ \"name\": \"P\",\n  \"criteria\": [ { \"variable\": \"Pseudocode\", \"weight\": 0 } ] }", "GR052", ":2:55: error GR052: a weight is a number from 0.001 to 1,000,000, found 0" },
        { "{ \"name\": \"P\",\n  \"criteria\": [ { \"variable\": \"Pseudocode\", \"weight\": -1 } ] }", "GR052", ":2:55: error GR052: a weight is a number from 0.001 to 1,000,000, found -1" },
        { "{ \"name\": \"P\",\n  \"criteria\": [ { \"variable\": \"Pseudocode\", \"weight\": 1e308 }, { \"variable\": \"Open Datasets\", \"weight\": 1e308 } ] }", "GR052", ":2:55: error GR052: a weight is a number from 0.001 to 1,000,000, found 1E+308" },
        { "{ \"name\": \"P\",\n  \"criteria\": [] }", "GR053", ":2:15: error GR053: a profile needs at least one criterion" },
        { "{ \"name\": \"P\",\n  \"criteria\": [ { \"variable\": \"Pseudocode\" },\n    { \"variable\": \"pseudocode\" } ] }", "GR054", ":3:19: error GR054: `Pseudocode` is named by two criteria" },
    };

    [Theory]
    [MemberData(nameof(BadProfiles))]
    public void A_profile_that_is_not_sound_is_refused_before_any_work_with_its_place_and_exit_2(string json, string code, string message)
    {
        using var folder = new TempFolder();
        var path = folder.Write("bad.json", json);

        foreach (var command in new[] { "score", "summary", "export" })
        {
            string[] args = command == "export"
                ? [command, "/no/such/folder", "--format", "csv", "-o", folder.Path + "/out.csv", "--profile", path]
                : [command, "/no/such/folder", "--profile", path];
            var (exit, output, error) = Tool.Run(args);

            exit.ShouldBe(2, command);
            output.ShouldBeEmpty(command);
            error.ShouldBe(path + message + (error.Length > path.Length + message.Length ? error[(path.Length + message.Length)..] : ""), command);
            error.ShouldContain(code);
            error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(1, command);
            error.ShouldNotContain("   at ");
            File.Exists(folder.Path + "/out.csv").ShouldBeFalse();
        }
    }

    [Fact]
    public void A_profile_that_is_neither_built_in_nor_a_file_is_refused()
    {
        var (exit, _, error) = Tool.Run("summary", ".", "--profile", "open-science");

        exit.ShouldBe(2);
        error.ShouldBe("gillrepro: --profile 'open-science' is neither a built-in profile (documentation, code-and-data) nor a file.\n");
    }

    [Fact]
    public void Profiles_lists_the_built_ins_and_prints_one_that_reads_back()
    {
        var (exit, output, _) = Tool.Run("profiles");
        exit.ShouldBe(0);
        output.ShouldContain("documentation  Documentation Score");
        output.ShouldContain("code-and-data  Code and data: Open Source Code, Open Datasets");

        var printed = Tool.Run("profiles", "CODE-AND-DATA").Output;
        ScoringProfile.Parse(printed).ShouldBe(ScoringProfile.CodeAndData);
    }

    [Fact]
    public void An_example_profile_from_the_docs_scores_the_sample()
    {
        var file = Path.Combine(Repository.Root, "docs", "profiles", "neurips-paper-checklist.json");

        var (exit, output, error) = Tool.Run("summary", Path.Combine(Corpora.SampleDirectory, "markdown"), "--by", "none", "--format", "json", "--profile", file, "--quiet");

        exit.ShouldBe(0, error);
        var compliance = Groups(output).Single().GetProperty("compliance");
        compliance.GetProperty("profile").GetString().ShouldBe("NeurIPS paper checklist (observable items)");
        compliance.GetProperty("criteria").GetArrayLength().ShouldBe(5);
    }
}
