using System.Text.Json;
using GillRepro.Tests.Support;

namespace GillRepro.Tests.Cli;

public class ScoreCommandTests
{
    [Fact]
    public void ScoreWithNoPathPrintsTheEmbeddedSeedsTable()
    {
        var (exit, output, error) = Tool.Run("score");

        exit.ShouldBe(0);
        error.ShouldBeEmpty();
        output.ShouldMatchSnapshot();
    }

    [Fact]
    public void JsonLinesCarryEveryFieldForEachPaper()
    {
        var (exit, output, _) = Tool.Run("score", "--format", "jsonl");

        exit.ShouldBe(0);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(1);
        var root = JsonDocument.Parse(lines[0]).RootElement;
        root.GetProperty("source").GetString().ShouldEndWith("gill-neurips-2023.md");
        root.GetProperty("title").GetString().ShouldBe("Generating Images with Multimodal Language Models");
        root.GetProperty("authors").EnumerateArray().Select(a => a.GetString()).ShouldBe(["Jing Yu Koh", "Daniel Fried", "Russ R. Salakhutdinov"]);
        root.GetProperty("venue").GetProperty("name").GetString().ShouldBe("NeurIPS");
        root.GetProperty("venue").GetProperty("year").GetInt32().ShouldBe(2023);
        root.GetProperty("results").GetProperty("Open Source Code").GetString().ShouldBe("Yes");
        root.GetProperty("results").EnumerateObject().Count().ShouldBe(9);
        root.GetProperty("score").GetProperty("documentationScore").GetInt32().ShouldBe(5);
        root.GetProperty("score").GetProperty("reproducibilityScore").GetDouble().ShouldBe(0.86);
        root.GetProperty("score").GetProperty("isEmpirical").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public void JsonIsOneArrayOfPapers()
    {
        var (exit, output, _) = Tool.Run("score", "--format", "json");

        exit.ShouldBe(0);
        var papers = JsonDocument.Parse(output).RootElement;
        papers.GetArrayLength().ShouldBe(1);
        papers[0].GetProperty("score").GetProperty("documentationScore").GetInt32().ShouldBe(5);
    }

    [Fact]
    public void BrokenFileIsReportedWithLineAndColumnAndTheOthersAreStillScored()
    {
        using var folder = new TempFolder();
        folder.Write("a/good.md", Repository.SeedText);
        var broken = folder.Write("b/broken.md", Cards.Join(Cards.Lines().Take(14)) + "\n| Experiment Setup | Yes | cut");
        folder.Write("c/notes.json", "{}");

        var (exit, output, error) = Tool.Run("score", folder.Path, "--format", "jsonl");

        exit.ShouldBe(1);
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(1);
        error.ShouldContain($"{broken}:15:31: error GR030: expected `|` closing the row, found the end of the input\n");
        error.ShouldContain("Could not read 1 file of 2 as scorecards.");
    }

    [Fact]
    public void SeveralFilesGiveARowEachAndTheGroupsFigures()
    {
        using var folder = new TempFolder();
        folder.Write("one.md", Repository.SeedText);
        folder.Write("two.txt", Cards.Valid);

        var (exit, output, _) = Tool.Run("score", folder.Path);

        exit.ShouldBe(0);
        output.ShouldContain("Generating Images with Multimodal Language Models");
        output.ShouldContain("A Small Paper");
        output.ShouldContain("2 papers, 2 empirical: mean D 4.500 (median 4.5), mean R 0.8600");
    }

    [Fact]
    public void TextThatIsNotUtf8IsReportedNotReplaced()
    {
        using var folder = new TempFolder();
        var bytes = new System.Text.UTF8Encoding(false).GetBytes(Cards.Valid).ToList();
        bytes.Insert(Cards.Valid.IndexOf("lr = 0.1", StringComparison.Ordinal), 0xFF);
        var file = folder.WriteBytes("latin1.md", [.. bytes]);

        var (exit, _, error) = Tool.Run("score", file);

        exit.ShouldBe(1);
        error.ShouldStartWith($"{file}:15:28: error GR005: expected UTF-8 text, found the byte 0xFF (byte 602 of the input); it looks like a single-byte encoding such as Latin-1 or Windows-1252: save it as UTF-8\n");
    }

    [Fact]
    public void LenientScoringScoresWhatCanBeReadAndReportsTheRest()
    {
        using var folder = new TempFolder();
        var cut = folder.Write("cut.md", Repository.SeedText[..2000]);
        folder.Write("whole.txt", Scorecard.ToPlainText(Scorecard.Parse(Repository.SeedText)));

        var (exit, output, error) = Tool.Run("score", "--lenient", "--format", "jsonl", folder.Path);

        exit.ShouldBe(1);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(2);
        var cutPaper = JsonDocument.Parse(lines[0]).RootElement;
        cutPaper.GetProperty("results").EnumerateObject().Count().ShouldBe(6);
        cutPaper.GetProperty("score").GetProperty("isComplete").GetBoolean().ShouldBeFalse();
        JsonDocument.Parse(lines[1]).RootElement.GetProperty("score").GetProperty("isComplete").GetBoolean().ShouldBeTrue();
        error.ShouldContain($"{cut}:12:");
        error.ShouldContain("error GR030: expected `|` closing the row, found the end of the input; the evidence is kept as far as it goes and marked as cut off");
        error.ShouldContain("error GR040: expected a row for `Hardware Specification`, found none: the scorecard is incomplete");
        error.ShouldContain("1 of 2 files has errors; what could be read of them was scored.");
    }

    [Fact]
    public void MissingPathIsAUsageError()
    {
        var (exit, _, error) = Tool.Run("score", "/no/such/folder");

        exit.ShouldBe(2);
        error.ShouldContain("/no/such/folder: no such file or folder");
    }

    [Fact]
    public void UnknownFormatIsAUsageError()
    {
        var (exit, _, error) = Tool.Run("score", "--format", "xml");

        exit.ShouldBe(2);
        error.ShouldContain("xml");
        error.ShouldContain("gillrepro --help");
    }

    [Fact]
    public void HelpListsTheCommands()
    {
        var (exit, output, _) = Tool.Run("--help");

        exit.ShouldBe(0);
        output.ShouldContain("score");
        output.ShouldContain("format");
    }
}
