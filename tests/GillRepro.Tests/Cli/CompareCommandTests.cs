using System.Text.Json;
using GillRepro.Tests.Support;
using Shouldly;
using Xunit;

namespace GillRepro.Tests.Cli;

/// <summary><c>gillrepro compare</c> through the tool: the agreement README's figures, stability, unmatched and twice-met papers, renderings mixed.</summary>
public sealed class CompareCommandTests
{
    private static string Sample(string labelling) => Path.Combine(Repository.Root, "tests", "GillRepro.Tests", "Agreement", "Sample", labelling.Replace('/', '-') + ".md");

    /// <summary>The labelling's file or folder: the sample beside the tests, or ../shared/agreement where it is.</summary>
    private static string Labelling(string set, string labelling)
    {
        if (set == "sample") return Sample(labelling);
        var folder = Path.Combine(Repository.Root, "..", "shared", "agreement", labelling);
        Skip.IfNot(Directory.Exists(folder), $"{Path.GetFullPath(folder)} is absent");
        return folder;
    }

    [SkippableTheory]
    [InlineData("sample", "gk2018/run-1", "gk2018/human", "| Experiment Setup | 400 | 0.7300 | 0.4329 |")]
    [InlineData("shared", "gk2018/run-1", "gk2018/human", "| Open Source Code | 400 | 0.9750 | 0.8252 |")]
    [InlineData("shared", "sample160/index", "sample160/human", "| Hardware Specification | 160 | 0.9750 | 0.9451 |")]
    [InlineData("sample", "sample160/index", "sample160/human", "| Experiment Setup | 160 | 0.8000 | 0.5196 |")]
    public void The_table_prints_the_README_figures_to_four_decimals(string set, string first, string second, string row)
    {
        var (exit, output, error) = Tool.Run("compare", Labelling(set, first), Labelling(set, second));

        exit.ShouldBe(0, error);
        output.ShouldContain(row);
        output.Split('\n').Where(l => l.StartsWith('|')).ShouldAllBe(l => l.Length <= 100);
    }

    /// <summary>The agreement sets' README: per variable, agreement and Cohen's kappa to four decimals.</summary>
    public static TheoryData<string, string, string, double[]> ReadmeFigures => new()
    {
        { "sample", "gk2018/run-1", "gk2018/human", [0.9625, 0.8667, 0.9750, 0.9131, 0.9125, 0.8240, 0.9750, 0.8252, 0.8050, 0.6207, 0.9150, 0.7987, 0.9375, 0.8283, 0.9525, 0.7501, 0.7300, 0.4329] },
        { "shared", "gk2018/run-1", "gk2018/human", [0.9625, 0.8667, 0.9750, 0.9131, 0.9125, 0.8240, 0.9750, 0.8252, 0.8050, 0.6207, 0.9150, 0.7987, 0.9375, 0.8283, 0.9525, 0.7501, 0.7300, 0.4329] },
        { "sample", "sample160/index", "sample160/human", [1.0000, 1.0000, 0.9187, 0.8399, 0.9437, 0.8873, 0.9313, 0.8626, 0.9437, 0.8463, 0.8750, 0.7205, 0.9750, 0.9451, 0.9625, 0.7920, 0.8000, 0.5196] },
        { "shared", "sample160/index", "sample160/human", [1.0000, 1.0000, 0.9187, 0.8399, 0.9437, 0.8873, 0.9313, 0.8626, 0.9437, 0.8463, 0.8750, 0.7205, 0.9750, 0.9451, 0.9625, 0.7920, 0.8000, 0.5196] },
    };

    [SkippableTheory]
    [MemberData(nameof(ReadmeFigures))]
    public void Json_for_two_labellings_holds_the_README_agreement_and_kappa_for_every_variable(string set, string first, string second, double[] readme)
    {
        var (exit, output, error) = Tool.Run("compare", Labelling(set, first), Labelling(set, second), "--format", "json");

        exit.ShouldBe(0, error);
        var root = JsonDocument.Parse(output).RootElement;
        var variables = root.GetProperty("variables").EnumerateArray().ToArray();
        variables.Select(v => v.GetProperty("variable").GetString()).ShouldBe(VariableCatalog.All.Select(v => v.Name));
        for (var i = 0; i < variables.Length; i++)
        {
            var name = variables[i].GetProperty("variable").GetString();
            variables[i].GetProperty("agreement").GetDouble().ShouldBe(readme[2 * i], 0.0000501, name);
            variables[i].GetProperty("kappa").GetDouble().ShouldBe(readme[2 * i + 1], 0.0000501, name);
            variables[i].TryGetProperty("stable", out _).ShouldBeFalse("two labellings are compared for agreement, not stability");
        }
        var confusion = variables[3].GetProperty("confusion");
        confusion.GetProperty("results")[0].GetString().ShouldBe("Yes");
        confusion.GetProperty("counts")[0][0].GetInt32().ShouldBeGreaterThan(0);
        root.GetProperty("figures").GetArrayLength().ShouldBe(2);
        (root.GetProperty("labelling").GetString(), root.GetProperty("reference").GetString()).ShouldBe(set == "sample" ? (first.Replace("/", "-"), second.Replace("/", "-")) : (first.Split("/")[1], second.Split("/")[1]));
    }

    [SkippableTheory]
    [InlineData("sample")]
    [InlineData("shared")]
    public void Three_runs_give_the_README_stability(string set)
    {
        var (exit, output, error) = Tool.Run("compare", Labelling(set, "gk2018/run-1"), Labelling(set, "gk2018/run-2"), Labelling(set, "gk2018/run-3"), "--format", "json");

        exit.ShouldBe(0, error);
        var stable = JsonDocument.Parse(output).RootElement.GetProperty("variables").EnumerateArray()
            .ToDictionary(v => v.GetProperty("variable").GetString()!, v => v.GetProperty("stable").GetProperty("share").GetDouble());
        stable["Research Type"].ShouldBe(0.9925, 0.0000501);
        stable["Open Datasets"].ShouldBe(0.9075, 0.0000501);
        stable["Dataset Splits"].ShouldBe(0.8850, 0.0000501);
        stable["Experiment Setup"].ShouldBe(0.8100, 0.0000501);
        var first = JsonDocument.Parse(output).RootElement.GetProperty("variables")[0];
        first.TryGetProperty("confusion", out _).ShouldBeFalse("three labellings have no confusion matrix");
        first.GetProperty("agreeing").GetArrayLength().ShouldBe(4);
        JsonDocument.Parse(output).RootElement.GetProperty("labellings").GetArrayLength().ShouldBe(3);
    }

    [Fact]
    public void Both_renderings_mixed_compare_as_one_labelling_and_unmatched_papers_are_listed()
    {
        using var folder = new TempFolder();
        var seed = Scorecard.Parse(Repository.SeedText);
        var other = seed with { Title = "Another paper" };
        folder.Write("a/seed.md", Repository.SeedText);
        folder.Write("a/other.txt", Scorecard.ToPlainText(other));
        folder.Write("b/seed.txt", Scorecard.ToPlainText(seed with { Title = "  GENERATING IMAGES WITH MULTIMODAL LANGUAGE MODELS " .Trim() }));
        folder.Write("b/third.md", Scorecard.ToMarkdown(seed with { Title = "A third paper" }));

        var (exit, output, error) = Tool.Run("compare", folder.Path + "/a", folder.Path + "/b", "--format", "json");

        exit.ShouldBe(0, error);
        var root = JsonDocument.Parse(output).RootElement;
        root.GetProperty("papers").GetInt32().ShouldBe(1);
        root.GetProperty("unmatched").EnumerateArray().Select(u => u.GetProperty("title").GetString()).ShouldBe(["Another paper", "A third paper"]);
        error.ShouldContain("2 papers found in some labellings only were left out of the figures");
        // One result everywhere: kappa is undefined, and says so.
        root.GetProperty("variables")[2].GetProperty("kappa").ValueKind.ShouldBe(JsonValueKind.Null);
        Tool.Run("compare", folder.Path + "/a", folder.Path + "/b").Output.ShouldContain("In some labellings only, left out of every figure (2):");
    }

    [Fact]
    public void A_page_cut_off_is_left_out_strictly_and_compared_as_far_as_it_goes_with_lenient()
    {
        using var folder = new TempFolder();
        folder.Write("a/seed.md", Repository.SeedText);
        var cut = folder.Write("b/seed.md", Repository.SeedText[..1500]);

        var strict = Tool.Run("compare", folder.Path + "/a", folder.Path + "/b");
        strict.ExitCode.ShouldBe(1);
        strict.Error.ShouldStartWith($"{cut}:9:147: error GR030: expected `|` closing the row, found the end of the input\n");
        strict.Error.ShouldEndWith("gillrepro: no scorecard was read from " + folder.Path + "/b, so it cannot be compared.\n");

        var (exit, output, error) = Tool.Run("compare", folder.Path + "/a", folder.Path + "/b", "--lenient", "--format", "json");
        exit.ShouldBe(1, error);   // a file had errors, as every lenient command says
        var variables = JsonDocument.Parse(output).RootElement.GetProperty("variables").EnumerateArray().ToDictionary(v => v.GetProperty("variable").GetString()!);
        variables["Pseudocode"].GetProperty("papers").GetInt32().ShouldBe(1);
        variables["Experiment Setup"].GetProperty("papers").GetInt32().ShouldBe(0);   // the cut page lacks it: not compared, not counted as a disagreement
    }

    [Fact]
    public void A_paper_twice_in_one_labelling_is_compared_as_its_first_copy_and_named_with_both_files()
    {
        using var folder = new TempFolder();
        var one = folder.Write("a/one.md", Repository.SeedText);
        var two = folder.Write("a/two.txt", Scorecard.ToPlainText(Scorecard.Parse(Repository.SeedText)));
        folder.Write("b/seed.md", Repository.SeedText);

        var (exit, output, error) = Tool.Run("compare", folder.Path + "/a", folder.Path + "/b");
        var json = Tool.Run("compare", folder.Path + "/a", folder.Path + "/b", "--format", "json");

        exit.ShouldBe(0, error);
        output.ShouldContain("Comparing a with b (the reference): 1 paper in both.");
        output.ShouldContain($"Held more than once in one labelling, compared as the first copy (1):\n\n- NeurIPS 2023 \"Generating Images with Multimodal Language Models\": 2 times in a ({one}, {two})\n");
        error.ShouldBe($"gillrepro: warning: a holds \"Generating Images with Multimodal Language Models\" (NeurIPS 2023) 2 times ({one}, {two}); the first was compared.\n");
        var duplicate = JsonDocument.Parse(json.Output).RootElement.GetProperty("duplicates").EnumerateArray().Single();
        duplicate.GetProperty("labelling").GetString().ShouldBe("a");
        duplicate.GetProperty("sources").EnumerateArray().Select(s => s.GetString()).ShouldBe([one, two]);
    }

    [Fact]
    public void Fewer_than_two_labellings_or_no_common_paper_is_refused()
    {
        Tool.Run("compare", Sample("gk2018/human")).ExitCode.ShouldBe(2);
        var (exit, _, error) = Tool.Run("compare", Sample("gk2018/human"), Sample("sample160/human"));
        exit.ShouldBe(1);
        error.ShouldContain("no paper is in every labelling");
    }

    [Fact]
    public void By_venue_compares_each_venue_too()
    {
        var (exit, output, error) = Tool.Run("compare", Sample("gk2018/run-1"), Sample("gk2018/human"), "--by", "venue-year", "--format", "json");

        exit.ShouldBe(0, error);
        var groups = JsonDocument.Parse(output).RootElement.GetProperty("groups").EnumerateArray().ToList();
        groups.Select(g => g.GetProperty("key").GetProperty("text").GetString()).ShouldBe(["AAAI 2014", "AAAI 2016", "IJCAI 2013", "IJCAI 2016"]);
        groups.Select(g => g.GetProperty("key").GetProperty("year").GetInt32()).ShouldBe([2014, 2016, 2013, 2016]);
        groups.ShouldAllBe(g => g.GetProperty("papers").GetInt32() == 100);
        Tool.Run("compare", Sample("gk2018/run-1"), Sample("gk2018/human"), "--by", "venue-year", "--format", "csv").Output.Split('\n').Count(l => l.Length > 0).ShouldBe(1 + 9 * 5);
    }
}

/// <summary><c>gillrepro plot --compare</c>: the agreement picture.</summary>
public sealed class AgreementPlotTests
{
    [Theory]
    [InlineData("svg")]
    [InlineData("png")]
    public void Plot_compare_draws_every_variable_with_its_agreement_and_kappa(string extension)
    {
        using var folder = new TempFolder();
        var sample = Path.Combine(Repository.Root, "tests", "GillRepro.Tests", "Agreement", "Sample");
        var file = Path.Combine(folder.Path, "agreement." + extension);

        var (exit, _, error) = Tool.Run("plot", "--compare", Path.Combine(sample, "gk2018-run-1.md"), Path.Combine(sample, "gk2018-human.md"), "-o", file);

        exit.ShouldBe(0, error);
        error.ShouldContain("Drew the agreement of 2 labellings on 400 papers");
        new FileInfo(file).Length.ShouldBeGreaterThan(10_000);
        if (extension == "svg")
        {
            var svg = File.ReadAllText(file);
            foreach (var variable in VariableCatalog.All) svg.ShouldContain(variable.Name);
            svg.ShouldContain("0.730");   // Experiment Setup's agreement
            svg.ShouldContain("0.433");   // and its kappa
        }
    }

    [Fact]
    public void Plot_compare_needs_two_labellings()
    {
        using var folder = new TempFolder();

        var (exit, _, error) = Tool.Run("plot", "--compare", Path.Combine(Repository.Root, "tests", "GillRepro.Tests", "Agreement", "Sample", "gk2018-human.md"), "-o", folder.Path + "/a.png");

        exit.ShouldBe(2);
        error.ShouldContain("needs two or more labellings");
        File.Exists(folder.Path + "/a.png").ShouldBeFalse();
    }
}
