using System.Text.Json;
using GillRepro.Tests.Support;

namespace GillRepro.Tests.Cli;

/// <summary>What a new user meets at the edges: never a wrong number in silence, one clear line for every failure.</summary>
public class TrustAtTheEdgesTests
{
    private static readonly string Seed = Repository.SeedText;

    [Fact]
    public void APageCutOffIsRefusedByScoreAndMarkedIncompleteWhenReadLeniently()
    {
        using var folder = new TempFolder();
        var cut = folder.Write("cut.md", Seed[..1500]);

        var strict = Tool.Run("score", cut);
        var lenient = Tool.Run("score", "--lenient", "--format", "jsonl", cut);
        var summary = Tool.Run("summary", "--lenient", "--format", "json", cut);
        var csv = Path.Combine(folder.Path, "papers.csv");
        var export = Tool.Run("export", "--lenient", "--format", "csv", cut, "-o", csv);

        strict.ExitCode.ShouldBe(1);
        strict.Output.ShouldBeEmpty("no score is printed for a page that is not whole");
        lenient.ExitCode.ShouldBe(1);
        JsonDocument.Parse(lenient.Output).RootElement.GetProperty("score").GetProperty("isComplete").GetBoolean().ShouldBeFalse();
        JsonDocument.Parse(summary.Output).RootElement.GetProperty("groups")[0].GetProperty("score").GetProperty("incompletePapers").GetInt32().ShouldBe(1);
        export.ExitCode.ShouldBe(1);
        File.ReadAllLines(csv)[1].ShouldEndWith(",false");
    }

    [Fact]
    public void ScoreSucceedsOnAFileExactlyWhenValidateFindsNoErrorInIt()
    {
        using var folder = new TempFolder();
        var lines = Seed.Split('\n');
        var pages = new Dictionary<string, string>
        {
            ["whole.md"] = Seed,
            ["cut-in-evidence.md"] = Seed[..2000],
            ["cut-after-a-row.md"] = string.Join('\n', lines.Take(10)),
            ["cut-in-name.md"] = string.Join('\n', lines.Take(14)) + "\n| Experim",
            ["no-authors-line.md"] = string.Join('\n', lines.Where((_, i) => i != 2)),
            ["blank-line-in-table.md"] = string.Join('\n', lines.Take(8).Append("").Concat(lines.Skip(8))),
            ["duplicate-row.md"] = Seed + "\n" + lines[8],
            ["no-closing-pipe.md"] = Seed.Replace("GPUs. |", "GPUs.", StringComparison.Ordinal),
            ["stray-line.md"] = Seed + "\nSee also our other paper.",
            ["plain.txt"] = Scorecard.ToPlainText(Scorecard.Parse(Seed)),
        };
        foreach (var (name, text) in pages) folder.Write(name, text);

        foreach (var name in pages.Keys)
        {
            var file = Path.Combine(folder.Path, name);
            var score = Tool.Run("score", file, "--format", "jsonl");
            var validate = Tool.Run("validate", file);
            (score.ExitCode == 0).ShouldBe(validate.ExitCode == 0, name);
            validate.Output.Contains(": error GR", StringComparison.Ordinal).ShouldBe(score.ExitCode != 0, name);
        }
    }

    [Fact]
    public void TwoScorecardsInOneFileAreBothReadByEveryCommand()
    {
        using var folder = new TempFolder();
        var file = folder.Write("two.md", Seed + "\n" + Cards.Valid);

        var score = Tool.Run("score", file, "--format", "jsonl");
        var lenient = Tool.Run("score", "--lenient", file, "--format", "jsonl");
        var summary = Tool.Run("summary", file, "--by", "none", "--format", "json");
        var validate = Tool.Run("validate", file);

        score.ExitCode.ShouldBe(0, score.Error);
        score.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("title").GetString())
            .ShouldBe(["Generating Images with Multimodal Language Models", "A Small Paper"]);
        lenient.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(2);
        JsonDocument.Parse(summary.Output).RootElement.GetProperty("groups")[0].GetProperty("score").GetProperty("papers").GetInt32().ShouldBe(2);
        validate.ExitCode.ShouldBe(0);
    }

    [Fact]
    public void AFolderWithoutScorecardsIsReportedAndNotSuccess()
    {
        using var folder = new TempFolder();
        folder.Write("notes.json", "{}");
        var target = Path.Combine(folder.Path, "papers.csv");

        foreach (var args in new[] { new[] { "score", folder.Path }, ["summary", folder.Path], ["validate", folder.Path], ["format", "--check", folder.Path],
            ["export", folder.Path, "--format", "csv", "-o", target], ["plot", folder.Path, "-o", Path.Combine(folder.Path, "trend.png")] })
        {
            var (exit, output, error) = Tool.Run(args);
            exit.ShouldBe(1, args[0]);
            error.ShouldContain("gillrepro: no scorecard", Case.Sensitive, args[0]);
        }
        File.Exists(target).ShouldBeFalse("an export of nothing writes no file");
        File.Exists(Path.Combine(folder.Path, "trend.png")).ShouldBeFalse("a plot of nothing draws no picture");
    }

    [Fact]
    public void AnUnknownOptionIsNamedAloneWithExitTwo()
    {
        var (exit, output, error) = Tool.Run("score", "--formt", "json", "x");

        exit.ShouldBe(2);
        output.ShouldBeEmpty();
        error.ShouldBe("gillrepro: unknown option '--formt'; run 'gillrepro <command> --help' to see the options.\n");
    }

    [Theory]
    [InlineData("score")]
    [InlineData("summary")]
    public void VersionAndHelpWorkAfterAnyCommand(string command)
    {
        var version = Tool.Run(command, "--version");
        var help = Tool.Run(command, "--help");

        version.ExitCode.ShouldBe(0);
        var built = System.Text.RegularExpressions.Regex.Match(File.ReadAllText(Path.Combine(Repository.Root, "Directory.Build.props")), "<Version>(.*)</Version>").Groups[1].Value;
        version.Output.ShouldStartWith(built);
        help.ExitCode.ShouldBe(0);
        help.Output.ShouldContain("Usage:");
    }

    [Fact]
    public void AFileWithManyProblemsListsTwentyThenACountUnlessAllIsAsked()
    {
        using var folder = new TempFolder();
        var file = folder.Write("noisy.md", Seed + string.Concat(Enumerable.Range(0, 40).Select(i => $"\n| Unknown Thing {i} | Yes | x |")));

        var bounded = Tool.Run("validate", file);
        var all = Tool.Run("validate", "--all", file);

        bounded.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(21);
        bounded.Output.ShouldContain($"{file}: 20 more problems not listed (--all lists every one)");
        all.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(40);
    }

    [SkippableFact]
    public void AFileThatCannotBeRewrittenIsOneLineAndTheOthersAreStillFormatted()
    {
        Skip.If(Environment.UserName == "root", "root writes to read-only files, so this case cannot be made here; OutputFileTests cover outputs that cannot be written");
        using var folder = new TempFolder();
        var locked = folder.Write("a-locked.md", Seed + "\n");
        var other = folder.Write("b-other.md", Seed + "\n");
        File.SetAttributes(locked, FileAttributes.ReadOnly);
        try
        {
            var (exit, _, error) = Tool.Run("format", folder.Path);
            exit.ShouldBe(2);
            error.ShouldStartWith($"gillrepro: cannot rewrite {locked}: ");
            File.ReadAllText(other).ShouldBe(Seed);
        }
        finally
        {
            File.SetAttributes(locked, FileAttributes.Normal);
        }
    }
}

public class BrowserCopyTests
{
    [Fact]
    public void APageCopiedFromABrowserWithTabsBetweenCellsIsScoredAsTheCleanPage()
    {
        using var folder = new TempFolder();
        var clean = Scorecard.ToPlainText(Scorecard.Parse(Repository.SeedText));
        var table = clean.IndexOf("Reproducibility Variable Result LLM Response", StringComparison.Ordinal);
        var copied = clean[..table] + string.Join('\n', clean[table..].Split('\n').Select(line =>
            line.StartsWith("Reproducibility", StringComparison.Ordinal) ? line.Replace(' ', '\t')
            : VariableCatalog.All.FirstOrDefault(v => line.StartsWith(v.Name + " ", StringComparison.Ordinal)) is { } v
                ? v.Name.Replace(' ', '\u00A0') + "\t" + string.Join('\t', line[(v.Name.Length + 1)..].Split(' ', 2))
                : line));
        var file = folder.Write("copied.txt", copied);

        var (exit, output, error) = Tool.Run("score", file, "--format", "jsonl");

        exit.ShouldBe(0, error);
        var root = System.Text.Json.JsonDocument.Parse(output).RootElement;
        root.GetProperty("score").GetProperty("documentationScore").GetInt32().ShouldBe(5);
        root.GetProperty("score").GetProperty("reproducibilityScore").GetDouble().ShouldBe(0.86);
        root.GetProperty("results").EnumerateObject().Select(p => p.Name).ShouldBe(VariableCatalog.All.Select(v => v.Name));
    }

    [Fact]
    public void MessagesShowTheInvisibleCharactersThatDiffer()
    {
        var text = Cards.Valid.Replace("|---|---|---|", "|---|---|---|\u00A0", StringComparison.Ordinal).Replace("NeurIPS 2023", "NeurIPS\t20x3", StringComparison.Ordinal);

        var report = Scorecard.ParseLenient(text);

        report.Diagnostics.ShouldContain(d => d.Message.Contains("found `NeurIPS\\t20x3", StringComparison.Ordinal) || d.Message.Contains("found `20x3`", StringComparison.Ordinal));
        report.Diagnostics.ShouldContain(d => d.Code == DiagnosticCodes.MissingSeparator && d.Message.EndsWith("found `|---|---|---|U+00A0`", StringComparison.Ordinal));
    }
}

public class FolderTests
{
    [Fact]
    public void BothRenderingsOfAPaperInOneFolderCountOnceAndAreReportedOnce()
    {
        using var folder = new TempFolder();
        folder.Write("gill.md", Repository.SeedText);
        var plain = folder.Write("gill.txt", Scorecard.ToPlainText(Scorecard.Parse(Repository.SeedText)));
        folder.Write("card.md", Cards.Valid);

        var (exit, output, error) = Tool.Run("summary", folder.Path, "--by", "none", "--format", "json");

        exit.ShouldBe(0, error);
        System.Text.Json.JsonDocument.Parse(output).RootElement.GetProperty("groups")[0].GetProperty("score").GetProperty("papers").GetInt32().ShouldBe(2);
        error.ShouldBe($"{plain}:1:1: information GR060: the same paper as {Path.Combine(folder.Path, "gill.md")} (NeurIPS 2023, \"Generating Images with Multimodal Language Models\"); counted once, as {Path.Combine(folder.Path, "gill.md")}\n");
    }

    [SkippableFact]
    public void TheSampleInBothRenderingsSummarisesAsItsPapersOnce()
    {
        var (exit, output, error) = Tool.Run("summary", Path.Combine(Corpora.SampleDirectory, "markdown"), Path.Combine(Corpora.SampleDirectory, "plain"), "--by", "none", "--format", "json");

        exit.ShouldBe(0, error);
        System.Text.Json.JsonDocument.Parse(output).RootElement.GetProperty("groups")[0].GetProperty("score").GetProperty("papers").GetInt32().ShouldBe(Corpora.Papers(Corpora.Sample));
        error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(11, "ten duplicates named, then a count");
        error.ShouldContain("205 more papers found again in another copy; each is counted once.");
    }

    [Fact]
    public void AReadmeBesideTheScorecardsIsNamedAndPassedOverNotAnError()
    {
        using var folder = new TempFolder();
        folder.Write("gill.md", Repository.SeedText);
        folder.Write("README.md", "# My corpus\n\nPapers I am studying.\n");
        folder.Write("LICENSE.txt", "MIT License\n");

        foreach (var command in new[] { "score", "validate", "summary" })
        {
            var (exit, _, error) = Tool.Run(command, folder.Path);
            exit.ShouldBe(0, $"{command}: {error}");
            error.ShouldContain($"Not scorecards, passed over: 2 files ({Path.Combine(folder.Path, "LICENSE.txt")}, {Path.Combine(folder.Path, "README.md")}).");
        }
        Tool.Run("format", "--check", folder.Path).ExitCode.ShouldBe(0);
    }
}

public class CutAndEncodingTests
{
    [Fact]
    public void APlainPageCutInsideAResultNeverTakesTheCutWordAsTheResult()
    {
        using var folder = new TempFolder();
        var plain = Scorecard.ToPlainText(Scorecard.Parse(Repository.SeedText));
        var file = folder.Write("cut.txt", plain[..(plain.IndexOf("Experiment Setup Yes", StringComparison.Ordinal) + "Experiment Setup Ye".Length)]);

        var strict = Tool.Run("score", file);
        var lenient = Tool.Run("score", "--lenient", "--format", "jsonl", file);

        strict.ExitCode.ShouldBe(1);
        strict.Error.ShouldContain("error GR032: the scorecard ends inside this row's result");
        var root = System.Text.Json.JsonDocument.Parse(lenient.Output).RootElement;
        root.GetProperty("results").TryGetProperty("Experiment Setup", out _).ShouldBeFalse();
        root.GetProperty("score").GetProperty("isComplete").GetBoolean().ShouldBeFalse();
    }

    [Theory]
    [InlineData("utf-16LE")]
    [InlineData("utf-16BE")]
    public void AUtf16FileWithAByteOrderMarkIsScored(string encoding)
    {
        using var folder = new TempFolder();
        var text = System.Text.Encoding.GetEncoding(encoding);
        var file = folder.WriteBytes("gill.md", [.. text.GetPreamble(), .. text.GetBytes(Repository.SeedText)]);

        var (exit, output, error) = Tool.Run("score", file, "--format", "jsonl");

        exit.ShouldBe(0, error);
        System.Text.Json.JsonDocument.Parse(output).RootElement.GetProperty("score").GetProperty("documentationScore").GetInt32().ShouldBe(5);
    }
}
