using System.Text.Json;
using GillRepro.Tests.Support;

namespace GillRepro.Tests.Cli;

/// <summary>Issue 23: filters on every corpus command, machine-readable validation, named labellings, quiet, completion.</summary>
public sealed class AnalystCommandLineTests
{
    private static readonly string Sample = Path.Combine(Repository.Root, "tests", "GillRepro.Tests", "Sample", "markdown");
    private static readonly string Agreement = Path.Combine(Repository.Root, "tests", "GillRepro.Tests", "Agreement", "Sample");

    private static int Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;

    [Theory]
    [InlineData("score")]
    [InlineData("facts")]
    public void Filters_keep_the_papers_that_pass_every_part(string command)
    {
        var all = Lines(Tool.Run(command, Sample, "--format", "jsonl").Output);
        var aaai = Lines(Tool.Run(command, Sample, "--format", "jsonl", "--venue", "aaai").Output);
        var neurips = Lines(Tool.Run(command, Sample, "--format", "jsonl", "--venue", "NeurIPS", "--year", "2020-2024").Output);
        (aaai + neurips).ShouldBe(all);
        aaai.ShouldBe(90);
        Lines(Tool.Run(command, Sample, "--format", "jsonl", "--venue", "AAAI,NeurIPS").Output).ShouldBe(all);

        var yes = Lines(Tool.Run(command, Sample, "--format", "jsonl", "--where", "Open Source Code=Yes").Output);
        var no = Lines(Tool.Run(command, Sample, "--format", "jsonl", "--where", "osc=no").Output);
        (yes + no).ShouldBe(all);
        var both = Lines(Tool.Run(command, Sample, "--format", "jsonl", "--where", "OSC=Yes", "--where", "Research Type=Experimental", "--venue", "NeurIPS").Output);
        both.ShouldBeLessThan(yes);
        both.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void A_filter_in_the_library_matches_as_the_tool_filters()
    {
        PaperFilter.TryCreate(["NeurIPS"], "2023", ["Open Source Code=Yes"], false, out var filter, out _).ShouldBeTrue();
        var papers = Directory.EnumerateFiles(Sample, "*.md", SearchOption.AllDirectories).Select(f => Scorecard.Parse(File.ReadAllText(f))).ToList();
        var kept = papers.Count(filter.Matches);
        Lines(Tool.Run("score", Sample, "--format", "jsonl", "--venue", "NeurIPS", "--year", "2023", "--where", "Open Source Code=Yes").Output).ShouldBe(kept);
        filter.ToString().ShouldBe("venue NeurIPS; year 2023; Open Source Code = Yes");
        CorpusSummary.Of(papers, filter: filter).Papers.ShouldBe(kept);
    }

    [Theory]
    [InlineData("--venue", "NeurIPs2", "--venue: 'NeurIPs2' is not a venue of the Index (AAAI, ICLR, ICML, IJCAI, NeurIPS); did you mean NeurIPS?")]
    [InlineData("--where", "Open Source Cod=Yes", "--where: 'Open Source Cod' is not one of the nine variables; did you mean Open Source Code?")]
    [InlineData("--where", "Open Source Code=Yse", "--where: 'Yse' is not a result of Open Source Code (Yes, No); did you mean Yes?")]
    [InlineData("--where", "Open Source Code", "--where: expected VARIABLE=RESULT, such as \"Open Source Code=Yes\", found 'Open Source Code'.")]
    [InlineData("--year", "2020-19", "--year: expected a year such as 2023 or a range such as 2020-2024, found '2020-19'.")]
    public void A_misspelled_filter_is_named_with_the_nearest_valid_value_and_exit_2(string option, string value, string message)
    {
        foreach (var command in new[] { "score", "summary", "facts", "audit" })
        {
            var (exit, output, error) = Tool.Run(command, Sample, option, value);
            exit.ShouldBe(2, command);
            output.ShouldBeEmpty();
            error.ShouldStartWith("gillrepro: " + message);
        }
    }

    [Fact]
    public void A_filter_that_matches_nothing_says_so_and_exits_1()
    {
        var (exit, output, error) = Tool.Run("summary", Sample, "--year", "2019");
        exit.ShouldBe(1);
        output.ShouldBeEmpty();
        error.ShouldContain("no paper matches the filter (year 2019)");
    }

    [Fact]
    public void The_summary_and_the_report_say_which_filter_made_them()
    {
        var (_, table, _) = Tool.Run("summary", Sample, "--venue", "AAAI", "--where", "HS=Yes");
        table.ShouldContain("Filter: venue AAAI; Hardware Specification = Yes.");
        var (_, json, _) = Tool.Run("summary", Sample, "--venue", "AAAI", "--format", "json");
        JsonDocument.Parse(json).RootElement.GetProperty("filter").GetString().ShouldBe("venue AAAI");
        using var dir = new TempFolder();
        var page = Path.Combine(dir.Path, "r.html");
        Tool.Run("report", Sample, "--venue", "AAAI", "-o", page, "-q").ExitCode.ShouldBe(0);
        File.ReadAllText(page).ShouldContain("<p id=\"filter\"><strong>Filter:</strong> venue AAAI.</p>");
    }

    [Fact]
    public void Complete_only_leaves_incomplete_papers_out_of_lenient_figures_and_every_lenient_summary_counts_them()
    {
        using var dir = new TempFolder();
        var seed = Repository.SeedText;
        File.WriteAllText(Path.Combine(dir.Path, "whole.md"), seed);
        var cut = seed[..seed.IndexOf("| Dataset Splits", StringComparison.Ordinal)].TrimEnd();
        File.WriteAllText(Path.Combine(dir.Path, "cut.md"), cut.Replace("Generating Images", "Another Paper", StringComparison.Ordinal));

        var (_, lenient, _) = Tool.Run("summary", dir.Path, "--lenient", "--by", "none");
        lenient.ShouldContain("2 papers (1 incomplete");
        var (_, complete, _) = Tool.Run("summary", dir.Path, "--lenient", "--complete-only", "--by", "none");
        complete.ShouldContain("Filter: complete papers only. 1 paper (0 incomplete)");
        var (_, whole, _) = Tool.Run("summary", Sample, "--lenient", "--by", "none");
        whole.ShouldContain("(0 incomplete)");
    }

    [Fact]
    public void Validate_as_json_gives_one_object_per_diagnostic_and_conforms_to_its_schema()
    {
        using var dir = new TempFolder();
        var bad = Path.Combine(dir.Path, "bad.md");
        var seed = Repository.SeedText;
        var row = seed.IndexOf("| Pseudocode |", StringComparison.Ordinal);
        File.WriteAllText(bad, seed[..row] + seed[(seed.IndexOf('\n', row) + 1)..].Replace("| Open Source Code | Yes |", "| Open Source Code | Maybe |", StringComparison.Ordinal));
        var empty = Path.Combine(dir.Path, "empty.md");
        File.WriteAllText(empty, "");
        var (exit, output, _) = Tool.Run("validate", bad, empty, "--format", "json");
        exit.ShouldBe(1);
        Conform(output, "diagnostics.schema.json");
        var items = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
        var missing = items.Single(i => i.GetProperty("code").GetString() == DiagnosticCodes.MissingVariable);
        missing.GetProperty("path").GetString().ShouldBe(bad);
        missing.GetProperty("severity").GetString().ShouldBe("error");
        missing.GetProperty("remedy").GetString().ShouldNotBeNullOrEmpty();
        var word = items.Single(i => i.GetProperty("code").GetString() == DiagnosticCodes.UnrecognizedResult);
        word.GetProperty("severity").GetString().ShouldBe("information");
        (word.GetProperty("end").GetProperty("column").GetInt32() - word.GetProperty("column").GetInt32()).ShouldBe("Maybe".Length);
        items.ShouldContain(i => i.GetProperty("code").GetString() == DiagnosticCodes.EmptyInput && i.GetProperty("path").GetString() == empty);
        var text = Tool.Run("validate", bad).Output;
        text.ShouldContain($"{bad}:{word.GetProperty("line").GetInt32()}:{word.GetProperty("column").GetInt32()}: information {DiagnosticCodes.UnrecognizedResult}");
    }

    [Fact]
    public void A_file_that_cannot_be_read_is_GR008_at_its_first_line()
    {
        var located = LocatedDiagnostic.OfFile("papers/a.md", DiagnosticCodes.Unreadable, "cannot be read: permission denied");
        (located.Code, located.Line, located.Column, located.End, located.Severity).ShouldBe(("GR008", 1, 1, new LineColumn(1, 1), "error"));
        Conform(ScorecardJson.Serialize([located]), "diagnostics.schema.json");
        Conform(ScorecardJson.SerializeSarif([located], "0.3.0"), "sarif-log.schema.json");
    }

    [Fact]
    public void Validate_as_sarif_is_a_sarif_2_1_0_log_with_a_result_per_diagnostic()
    {
        using var dir = new TempFolder();
        File.WriteAllText(Path.Combine(dir.Path, "bad.md"), Repository.SeedText[..^200]);
        var json = Tool.Run("validate", dir.Path, "--format", "json").Output;
        var (_, sarif, _) = Tool.Run("validate", dir.Path, "--format", "sarif");
        Conform(sarif, "sarif-log.schema.json");
        var run = JsonDocument.Parse(sarif).RootElement.GetProperty("runs")[0];
        run.GetProperty("results").GetArrayLength().ShouldBe(JsonDocument.Parse(json).RootElement.GetArrayLength());
        run.GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString().ShouldStartWith("file:///");
        var relative = LocatedDiagnostic.Of("papers/a b.md", new Diagnostic(DiagnosticCodes.BadYear, DiagnosticSeverity.Error, "m", new SourceSpan(0, 4, 3, 2)));
        var log = JsonDocument.Parse(ScorecardJson.SerializeSarif([relative], "1.0")).RootElement.GetProperty("runs")[0].GetProperty("results")[0];
        log.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString().ShouldBe("papers/a%20b.md");
        var region = log.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(), region.GetProperty("endColumn").GetInt32()).ShouldBe((3, 2, 6));
    }

    [Fact]
    public void Named_labellings_carry_their_names_into_every_output_and_a_labelling_compares_with_itself()
    {
        var human = Path.Combine(Agreement, "gk2018-human.md");
        var run = Path.Combine(Agreement, "gk2018-run-1.md");
        var (exit, table, _) = Tool.Run("compare", $"people={human}", $"llm={run}");
        exit.ShouldBe(0);
        table.ShouldStartWith("Comparing people with llm (the reference)");
        var (_, json, _) = Tool.Run("compare", $"people={human}", $"llm={run}", "--format", "json");
        var root = JsonDocument.Parse(json).RootElement;
        (root.GetProperty("labelling").GetString(), root.GetProperty("reference").GetString()).ShouldBe(("people", "llm"));

        var (same, itself, _) = Tool.Run("compare", $"a={human}", $"b={human}");
        same.ShouldBe(0);
        itself.ShouldContain("| Open Source Code |");
        itself.ShouldContain("1.0000 | 1.0000");

        var (twice, _, error) = Tool.Run("compare", human, human);
        twice.ShouldBe(2);
        error.ShouldContain("name each (a=");
        var (clash, _, clashError) = Tool.Run("compare", $"x={human}", $"x={run}");
        clash.ShouldBe(2);
        clashError.ShouldContain("the name 'x' is given to two labellings");
    }

    [Theory]
    [InlineData("score")]
    [InlineData("summary")]
    [InlineData("facts")]
    [InlineData("validate")]
    public void Quiet_leaves_out_the_notes_but_not_the_problems(string command)
    {
        using var dir = new TempFolder();
        File.WriteAllText(Path.Combine(dir.Path, "a.md"), Repository.SeedText);
        File.WriteAllText(Path.Combine(dir.Path, "b.md"), Repository.SeedText);
        File.WriteAllText(Path.Combine(dir.Path, "README.md"), "Scorecards of my papers.");
        var loud = Tool.Run(command, dir.Path).Error;
        loud.ShouldContain("Not scorecards, passed over");
        var (exit, _, quiet) = Tool.Run(command, dir.Path, "--quiet");
        exit.ShouldBe(0);
        quiet.ShouldNotContain("Not scorecards");
        quiet.ShouldNotContain("GR060");
    }

    [Theory]
    [InlineData("gillrepro fa", "facts")]
    [InlineData("gillrepro summary --by ", "venue-year")]
    [InlineData("gillrepro plot x --facts ", "hardware")]
    [InlineData("gillrepro summary --venue ", "NeurIPS")]
    [InlineData("gillrepro validate --format ", "sarif")]
    [InlineData("gillrepro summary --where ", "Open Source Code=Yes")]
    public void Completion_offers_commands_options_and_choice_values(string line, string offered)
    {
        var (exit, output, _) = Tool.Run($"[suggest:{line.Length}]", line);
        exit.ShouldBe(0);
        output.Split('\n', StringSplitOptions.TrimEntries).ShouldContain(offered);
        output.ShouldNotContain("VenueYear");
    }

    private static void Conform(string json, string schema) => GillRepro.Tests.Api.JsonSchemaTests.ShouldConform(json, schema);
}
