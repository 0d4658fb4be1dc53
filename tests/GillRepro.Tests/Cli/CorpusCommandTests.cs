using System.Text.Json;
using CsvHelper;
using Parquet;
using GillRepro.Tests.Summary;
using GillRepro.Tests.Support;

namespace GillRepro.Tests.Cli;

/// <summary>summary, export and plot over a small folder written by the test.</summary>
public class CorpusCommandTests
{
    private static TempFolder Folder(out string broken)
    {
        var folder = new TempFolder();
        folder.Write("a/seed.md", Repository.SeedText);
        // A different paper in the plain rendering: the same paper twice would be counted once (FolderTests).
        folder.Write("a/seed.txt", Scorecard.ToPlainText(Scorecard.Parse(Repository.SeedText) with { Title = "Generating Images with Multimodal Language Models, in plain text" }));
        folder.Write("b/card.md", Cards.Valid.Replace("NeurIPS 2023", "AAAI 2014"));
        folder.Write("b/theory.md", Cards.Valid.Replace("| Research Type | Experimental |", "| Research Type | Theoretical |"));
        broken = folder.Write("c/broken.md", Repository.SeedText[..2000]);
        return folder;
    }

    [Fact]
    public void SummaryReportsBrokenFilesAndSaysHowManyWereSkipped()
    {
        using var folder = Folder(out var broken);

        var (exit, output, error) = Tool.Run("summary", folder.Path, "--by", "venue-year", "--quiet");

        exit.ShouldBe(1);
        output.ShouldMatchSnapshot();
        error.ShouldBe($"{broken}:12:249: error GR030: expected `|` closing the row, found the end of the input\nCould not read 1 file of 5 as scorecards; it was skipped.\n");
    }

    [Fact]
    public void SummaryJsonHasTheDocumentedFields()
    {
        using var folder = Folder(out _);

        var (exit, output, error) = Tool.Run("summary", folder.Path, "--by", "year", "--format", "json");

        exit.ShouldBe(1);
        error.ShouldContain("Could not read 1 file of 5 as scorecards; it was skipped.");
        var root = JsonDocument.Parse(output).RootElement;
        root.GetProperty("by").GetString().ShouldBe("Year");
        var groups = root.GetProperty("groups").EnumerateArray().ToList();
        groups.Select(g => g.GetProperty("key").GetProperty("year").GetInt32()).ShouldBe([2014, 2023]);
        groups.Select(g => g.GetProperty("key").GetProperty("text").GetString()).ShouldBe(["2014", "2023"]);
        var g2023 = groups[1].GetProperty("score");
        foreach (var field in new[] { "papers", "incompletePapers", "empiricalPapers", "meanDocumentationScore", "medianDocumentationScore", "documentationScoreCounts",
                     "meanReproducibilityScore", "reproducibilityLow", "reproducibilityHigh", "bothCodeAndData", "dataOnly", "variables" })
        {
            g2023.TryGetProperty(field, out _).ShouldBeTrue(field);
        }
        g2023.GetProperty("papers").GetInt32().ShouldBe(3);
        g2023.GetProperty("empiricalPapers").GetInt32().ShouldBe(2);
        g2023.GetProperty("bothCodeAndData").GetProperty("share").GetDouble().ShouldBe(1);
        var pseudocode = g2023.GetProperty("variables")[0];
        pseudocode.GetProperty("variable").GetString().ShouldBe("Pseudocode");
        (pseudocode.GetProperty("proportion").GetProperty("count").GetInt32(), pseudocode.GetProperty("proportion").GetProperty("total").GetInt32()).ShouldBe((0, 2));
    }

    [Fact]
    public void SummaryOutputIsTheSameHoweverTheWorkIsShared()
    {
        using var folder = Folder(out _);

        var first = Tool.Run("summary", folder.Path, "--format", "csv");
        var second = Tool.Run("summary", folder.Path, "--format", "csv");

        second.ShouldBe(first);
        first.Output.Split('\n')[0].ShouldStartWith("year,papers,incomplete,empirical,both_code_and_data,both_code_and_data_percent,");
    }

    [Fact]
    public void ExportedCsvReadsBackAsThePapers()
    {
        using var folder = Folder(out _);
        var file = Path.Combine(folder.Path, "papers.csv");

        var (exit, _, error) = Tool.Run("export", folder.Path, "--format", "csv", "-o", file);

        exit.ShouldBe(1);
        error.ShouldContain("Wrote 4 papers to");
        var rows = new List<string[]>();
        using (var reader = CsvReader.FromFile(file))
        {
            foreach (var row in reader)
            {
                var cells = new string[row.FieldCount];
                for (var i = 0; i < cells.Length; i++) cells[i] = row.GetString(i);
                rows.Add(cells);
            }
        }
        rows.Count.ShouldBe(4);
        ShouldBeThePapers(rows, folder.Path);
    }

    [Fact]
    public async Task ExportedParquetReadsBackAsThePapers()
    {
        using var folder = Folder(out _);
        var file = Path.Combine(folder.Path, "papers.parquet");

        Tool.Run("export", folder.Path, "--format", "parquet", "-o", file).ExitCode.ShouldBe(1);

        await using var stream = File.OpenRead(file);
        await using var reader = await ParquetReader.CreateAsync(stream);
        reader.RowGroupCount.ShouldBe(1);
        using var group = reader.OpenRowGroupReader(0);
        var fields = reader.Schema.DataFields;
        fields.Select(f => f.Name).ShouldBe(["file", "venue", "year", "title", "authors", "research_type", "researcher_affiliation", "pseudocode",
            "open_source_code", "open_datasets", "dataset_splits", "hardware_specification", "software_dependencies", "experiment_setup",
            "documentation_score", "reproducibility_score", "empirical", "complete"]);
        var count = (int)group.RowCount;
        var columns = new List<string[]>();
        foreach (var field in fields)
        {
            if (field.Name is not ("year" or "documentation_score" or "reproducibility_score" or "empirical" or "complete"))
            {
                var values = new string?[count];
                await group.ReadAsync(field, values.AsMemory());
                columns.Add([.. values.Select(v => v ?? "")]);
            }
            else if (field.Name is "year" or "documentation_score")
            {
                var values = new int[count];
                await group.ReadAsync<int>(field, values.AsMemory());
                columns.Add([.. values.Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
            }
            else if (field.Name == "reproducibility_score")
            {
                var values = new double[count];
                await group.ReadAsync<double>(field, values.AsMemory());
                columns.Add([.. values.Select(v => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture))]);
            }
            else
            {
                var values = new bool[count];
                await group.ReadAsync<bool>(field, values.AsMemory());
                columns.Add([.. values.Select(v => v ? "true" : "false")]);
            }
        }
        ShouldBeThePapers([.. Enumerable.Range(0, count).Select(i => columns.Select(c => c[i]).ToArray())], folder.Path);
    }

    [Fact]
    public void ExportedJsonLinesHaveOnePaperPerLine()
    {
        using var folder = Folder(out _);
        var file = Path.Combine(folder.Path, "papers.jsonl");

        Tool.Run("export", folder.Path, "--format", "jsonl", "-o", file);

        var lines = File.ReadAllLines(file);
        lines.Length.ShouldBe(4);
        JsonDocument.Parse(lines[0]).RootElement.GetProperty("score").GetProperty("documentationScore").GetInt32().ShouldBe(5);
    }

    /// <summary>Rows of the export, in file order, against the papers parsed from the same files.</summary>
    private static void ShouldBeThePapers(IReadOnlyList<string[]> rows, string folder)
    {
        var files = new[] { "a/seed.md", "a/seed.txt", "b/card.md", "b/theory.md" }.Select(f => Path.Combine(folder, f)).ToArray();
        rows.Select(r => r[0]).ShouldBe(files);
        for (var i = 0; i < files.Length; i++)
        {
            var paper = Scorecard.Parse(File.ReadAllText(files[i]));
            var score = Scorecard.Score(paper);
            string[] expected =
            [
                files[i], paper.Venue.Name, paper.Venue.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), paper.Title, string.Join(", ", paper.Authors),
                .. paper.Variables.Select(v => v.Result.Text),
                score.DocumentationScore.ToString(System.Globalization.CultureInfo.InvariantCulture),
                score.ReproducibilityScore.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
                score.IsEmpirical ? "true" : "false",
                score.IsComplete ? "true" : "false",
            ];
            rows[i].ShouldBe(expected);
        }
    }

    [Fact]
    public void PlotDrawsThePngAndSvgWithEveryLegendEntry()
    {
        using var folder = new TempFolder();
        // Eleven years, sharing more each year, as the Index's trend does.
        var papers = Enumerable.Range(2014, 11).SelectMany(year => Enumerable.Range(0, 20).Select(i =>
            Papers.Make("Index", year, empirical: i < 18, code: i < year - 2010, data: i < year - 2006, extras: i % 6)));
        var summary = CorpusSummary.Of(papers, Grouping.Year);
        var png = Path.Combine(folder.Path, "trend.png");
        var svg = Path.Combine(folder.Path, "trend.svg");

        GillRepro.Cli.Output.TrendPlot.Save(summary, png, GillRepro.Cli.Output.TrendSeries.Default);
        GillRepro.Cli.Output.TrendPlot.Save(summary, svg, GillRepro.Cli.Output.TrendSeries.Default);

        File.ReadAllBytes(png).Take(8).ShouldBe(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });
        var text = File.ReadAllText(svg);
        text.ShouldContain("<svg");
        foreach (var label in new[] { "Sharing both code and data", "Inferred reproducibility rate", "95% interval", "Experiment Setup (Yes)", "2014", "2024", "Percent of empirical papers" })
        {
            text.ShouldContain(label);
        }
    }

    [Fact]
    public void PlotCommandWritesTheFileAndRefusesOtherFormats()
    {
        using var folder = Folder(out _);
        var png = Path.Combine(folder.Path, "trend.png");

        Tool.Run("plot", folder.Path, "-o", png).ExitCode.ShouldBe(1);
        new FileInfo(png).Length.ShouldBeGreaterThan(10_000);
        var (exit, _, error) = Tool.Run("plot", folder.Path, "-o", Path.Combine(folder.Path, "trend.jpg"));
        exit.ShouldBe(2);
        error.ShouldContain("must be a .png or a .svg file");
    }
}
