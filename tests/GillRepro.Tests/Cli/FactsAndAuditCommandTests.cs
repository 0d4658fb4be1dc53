using System.Text.Json;
using GillRepro.Tests.Support;

namespace GillRepro.Tests.Cli;

/// <summary><c>gillrepro facts</c>, <c>audit</c> and <c>summary --facts --audit</c> through the tool: the fields users read, the library's JSON.</summary>
public sealed class FactsAndAuditCommandTests
{
    [Fact]
    public void Facts_of_the_sample_name_its_gpus_and_its_code()
    {
        var (exit, output, error) = Tool.Run("facts", "--format", "jsonl");
        exit.ShouldBe(0, error);
        var line = JsonDocument.Parse(output.Trim()).RootElement;
        line.GetProperty("title").GetString().ShouldStartWith("Generating Images with Multimodal Language Models");
        line.GetProperty("venue").GetString().ShouldBe("NeurIPS");
        line.GetProperty("year").GetInt32().ShouldBe(2023);
        line.GetProperty("code").GetProperty("links")[0].GetString().ShouldBe("https://github.com/kohjingyu/gill");
        line.GetProperty("code").GetProperty("hosts")[0].GetString().ShouldBe("github.com");
        line.GetProperty("code").GetProperty("anonymized").GetBoolean().ShouldBeFalse();
        line.GetProperty("code").GetProperty("promised").GetBoolean().ShouldBeFalse();
        var device = line.GetProperty("hardware")[0];
        (device.GetProperty("kind").GetString(), device.GetProperty("model").GetString(), device.GetProperty("count").GetInt32()).ShouldBe(("GPU", "A6000", 2));
        line.GetProperty("software").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public void Facts_print_the_librarys_json()
    {
        var (_, output, _) = Tool.Run("facts", "--format", "json");
        var paper = Scorecard.Parse(Repository.SeedText);
        var file = JsonDocument.Parse(output).RootElement[0].GetProperty("file").GetString();
        output.TrimEnd().ShouldBe(ScorecardJson.Serialize([GillRepro.Facts.FactSheet.Of(paper, file)]));
    }

    [Fact]
    public void Facts_as_csv_join_list_columns()
    {
        var (exit, output, _) = Tool.Run("facts", "--format", "csv");
        exit.ShouldBe(0);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe("file,venue,year,title,code.links,code.hosts,code.anonymized,code.promised,hardware.kind,hardware.model,hardware.count,software.name,software.version");
        lines[1].ShouldContain(",https://github.com/kohjingyu/gill,github.com,false,false,GPU,A6000,2,,");
    }

    [Fact]
    public void Audit_prints_one_finding_a_line_with_its_rule_and_quote_the_likeliest_first()
    {
        using var dir = new TempFolder();
        var page = Repository.SeedText
            .Replace("| Software Dependencies | No |", "| Software Dependencies | Yes |", StringComparison.Ordinal)
            .Replace("| Experiment Setup | Yes |", "| Experiment Setup | No |", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(dir.Path, "a.md"), page);
        var (exit, output, error) = Tool.Run("audit", dir.Path, "--format", "jsonl");
        exit.ShouldBe(0, error);
        var findings = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        findings.ShouldNotBeEmpty();
        foreach (var f in findings)
        {
            foreach (var field in new[] { "file", "title", "variable", "result", "rule", "message", "quote" }) f.TryGetProperty(field, out _).ShouldBeTrue(field);
        }
        findings.Select(f => f.GetProperty("strength").GetInt32()).ShouldBeInOrder(SortDirection.Descending);
        error.ShouldContain("finding");
    }

    [Fact]
    public void Summary_with_facts_and_audit_adds_their_tables_and_json()
    {
        var seed = Path.Combine(Repository.Root, "src", "GillRepro.Cli", "Samples", "gill-neurips-2023.md");
        var (exit, output, _) = Tool.Run("summary", seed, "--facts", "--audit");
        exit.ShouldBe(0);
        output.ShouldContain("Facts from the evidence:");
        output.ShouldContain("A6000 100.0");
        output.ShouldContain("Labels their own evidence does not support");

        var (_, json, _) = Tool.Run("summary", seed, "--facts", "--audit", "--format", "json");
        var group = JsonDocument.Parse(json).RootElement.GetProperty("groups")[0];
        group.GetProperty("facts").GetProperty("devices")[0].GetProperty("name").GetString().ShouldBe("A6000");
        group.GetProperty("audit").GetProperty("variables").GetArrayLength().ShouldBe(7);

        var (_, plain, _) = Tool.Run("summary", seed, "--format", "json");
        JsonDocument.Parse(plain).RootElement.GetProperty("groups")[0].TryGetProperty("facts", out _).ShouldBeFalse();
    }

    [Fact]
    public void Facts_of_a_missing_file_name_it_and_exit_2()
    {
        var (exit, _, error) = Tool.Run("facts", "no-such-file.md");
        exit.ShouldBe(2);
        error.ShouldContain("no-such-file.md");
    }
}

/// <summary><c>plot --facts</c>, <c>export --facts</c> and the report's facts and audit sections.</summary>
public sealed class FactsInPlotExportAndReportTests
{
    private static readonly string Sample = Path.Combine(Repository.Root, "tests", "GillRepro.Tests", "Sample", "markdown");

    [Theory]
    [InlineData("hardware")]
    [InlineData("software")]
    [InlineData("code")]
    public void Plot_draws_a_fact_per_year(string topic)
    {
        using var dir = new TempFolder();
        var picture = Path.Combine(dir.Path, "facts.svg");
        var (exit, _, error) = Tool.Run("plot", Sample, "--facts", topic, "-o", picture, "-q");
        exit.ShouldBe(0, error);
        error.ShouldContain($"Drew {topic} facts of");
        var svg = File.ReadAllText(picture);
        svg.ShouldContain("<svg");
        svg.ShouldContain(topic == "code" ? "promised" : "other");
    }

    [Fact]
    public void A_misspelled_topic_names_the_option_and_the_topics()
    {
        var (exit, _, error) = Tool.Run("plot", Sample, "--facts", "gpus", "-o", "x.png");
        exit.ShouldBe(2);
        error.ShouldContain("--facts takes hardware, software, code, not 'gpus'");
    }

    [Fact]
    public void The_trend_of_facts_counts_other_as_papers_naming_only_other_names()
    {
        static Paper Paper(string hardware) => new(null, hardware, ["Ada"], new Venue("NeurIPS", 2023), [], [new Variable("Hardware Specification", new Result("Yes"), new Evidence(hardware))]);
        var trend = GillRepro.Facts.FactTrend.Of([Paper("8 A100 GPUs"), Paper("a V100 and an A100"), Paper("one V100"), Paper("a TITAN Xp"), Paper("a GPU")], GillRepro.Facts.FactTopic.Hardware, top: 2);
        trend.Series.ShouldBe(["A100", "V100", "other"]);
        var year = trend.Years.ShouldHaveSingleItem();
        year.Papers.ShouldBe(5);
        year.Shares.Select(s => s.Count).ShouldBe([2, 2, 1]);
    }

    [Fact]
    public async Task Export_with_facts_adds_their_columns_in_csv_and_parquet_and_an_object_in_json_lines()
    {
        using var dir = new TempFolder();
        var csv = Path.Combine(dir.Path, "papers.csv");
        Tool.Run("export", Sample, "--format", "csv", "--facts", "-o", csv).ExitCode.ShouldBe(0);
        var header = File.ReadLines(csv).First();
        header.ShouldEndWith(",code.links,code.hosts,code.anonymized,code.promised,hardware.kind,hardware.model,hardware.count,software.name,software.version");

        var jsonl = Path.Combine(dir.Path, "papers.jsonl");
        Tool.Run("export", Sample, "--format", "jsonl", "--facts", "-o", jsonl).ExitCode.ShouldBe(0);
        File.ReadLines(jsonl).All(l => JsonDocument.Parse(l).RootElement.TryGetProperty("facts", out _)).ShouldBeTrue();

        var parquet = Path.Combine(dir.Path, "papers.parquet");
        Tool.Run("export", Sample, "--format", "parquet", "--facts", "-o", parquet).ExitCode.ShouldBe(0);
        await using var stream = File.OpenRead(parquet);
        await using var reader = await Parquet.ParquetReader.CreateAsync(stream);
        reader.Schema.Fields.Select(f => f.Name).ShouldContain("hardware.model");

        var plain = Path.Combine(dir.Path, "plain.csv");
        Tool.Run("export", Sample, "--format", "csv", "-o", plain).ExitCode.ShouldBe(0);
        File.ReadLines(plain).First().ShouldNotContain("code.links");
    }

    [Fact]
    public void Facts_as_parquet_hold_lists_that_duckdb_reads_as_lists()
    {
        using var dir = new TempFolder();
        var parquet = Path.Combine(dir.Path, "facts.parquet");
        var (exit, _, error) = Tool.Run("facts", Sample, "--format", "parquet", "-o", parquet);
        exit.ShouldBe(0, error);
        var sheets = Tool.Run("facts", Sample, "--format", "jsonl").Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();

        using var connection = new DuckDB.NET.Data.DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"select count(*), sum(len(\"hardware.model\"))::BIGINT, sum(len(\"code.links\"))::BIGINT, sum(len(\"software.version\"))::BIGINT, count(*) filter (where len(\"hardware.model\") = 0) from '{parquet}'";
        using var reader = command.ExecuteReader();
        reader.Read().ShouldBeTrue();
        reader.GetInt64(0).ShouldBe(sheets.Count);
        reader.GetInt64(1).ShouldBe(sheets.Sum(s => s.GetProperty("hardware").GetArrayLength()));
        reader.GetInt64(2).ShouldBe(sheets.Sum(s => s.GetProperty("code").GetProperty("links").GetArrayLength()));
        reader.GetInt64(3).ShouldBe(sheets.Sum(s => s.GetProperty("software").GetArrayLength()));
        reader.GetInt64(4).ShouldBe(sheets.Count(s => s.GetProperty("hardware").GetArrayLength() == 0));
    }

    [Fact]
    public void Facts_as_parquet_without_a_file_is_refused_with_exit_2()
    {
        var (exit, output, error) = Tool.Run("facts", "--format", "parquet");
        exit.ShouldBe(2);
        output.ShouldBeEmpty();
        error.ShouldContain("--output");
    }

    [Fact]
    public void The_report_has_a_facts_section_and_lists_the_flags_per_variable_and_rule()
    {
        using var dir = new TempFolder();
        var page = Path.Combine(dir.Path, "report.html");
        Tool.Run("report", Sample, "-o", page, "-q").ExitCode.ShouldBe(0);
        var html = File.ReadAllText(page);
        html.ShouldContain("<section id=\"facts\">");
        html.ShouldContain("<section id=\"audit\">");
        foreach (var rule in GillRepro.Audit.EvidenceAudit.Rules) html.ShouldContain($"<td>{rule.Code}</td>");
        html.ShouldContain("Devices named in the hardware evidence");
    }
}
