using System.Diagnostics;
using System.Text.Json;
using GillRepro.Tests.Support;

namespace GillRepro.Tests.Cli;

/// <summary>
/// The tool on pages as users hand them over: through a pipe, with a blank line or a footer, joined by
/// <c>cat</c>, as a copy beside a damaged copy, with an output named like an input. Each reads as the
/// library reads it, and says what it did in one line.
/// </summary>
public class PagesAsHandedOverToolTests
{
    private static readonly string Seed = Repository.SeedText;
    private static readonly string Plain = Scorecard.ToPlainText(Scorecard.Parse(Repository.SeedText));

    /// <summary>The line of <c>score --format jsonl</c> for the seed, without its file.</summary>
    private static string Line(string jsonl) => JsonSerializer.Serialize(JsonDocument.Parse(jsonl).RootElement.EnumerateObject().Where(p => p.Name != "source").ToDictionary(p => p.Name, p => p.Value));

    [Theory]
    [InlineData("cat {page} | {tool} score - --format jsonl")]
    [InlineData("cat {page} | {tool} score /dev/stdin --format jsonl")]
    [InlineData("{tool} score <(cat {page}) --format jsonl")]
    [InlineData("mkfifo {dir}/fifo.md && (cat {page} > {dir}/fifo.md &) && {tool} score {dir}/fifo.md --format jsonl")]
    public void APageThroughAPipeReadsAsTheFile(string command)
    {
        using var folder = new TempFolder();
        var page = folder.Write("gill.md", Seed);
        var (fileExit, file, _) = Tool.Run("score", page, "--format", "jsonl");

        var (exit, output, error) = Shell(command.Replace("{page}", page).Replace("{dir}", folder.Path));

        (exit, error).ShouldBe((0, ""));
        fileExit.ShouldBe(0);
        Line(output).ShouldBe(Line(file));
    }

    [Fact]
    public void BytesThatAreNotTextThroughAPipeAreOneLineNamingThePlace()
    {
        using var folder = new TempFolder();
        var page = folder.WriteBytes("bad.md", [.. new System.Text.UTF8Encoding(false).GetBytes(Seed[..200]), 0xE9, (byte)'x']);

        var (exit, output, error) = Shell($"cat {page} | {{tool}} validate -");

        exit.ShouldBe(1);
        output.ShouldContain("<stdin>:1:201: error GR005: expected UTF-8 text, found the byte 0xE9 (byte 200 of the input)");
        error.ShouldNotContain("Exception");
    }

    [Fact]
    public void TheToolAndTheLibraryReadAFileAlike()
    {
        using var folder = new TempFolder();
        var lines = Plain.Split('\n').ToList();
        lines.Insert(lines.FindIndex(l => l.StartsWith("Pseudocode", StringComparison.Ordinal)), "");
        var text = "Reproducibility Index | Search\n\n" + string.Join('\n', lines) + "\n\nBack to search\n© 2026 The Reproducibility Index\n\n";
        var file = folder.Write("copied.txt", text);

        var (exit, output, _) = Tool.Run("validate", file);

        exit.ShouldBe(0);
        output.ShouldBe(string.Concat(Scorecard.ParseLenient(text).Diagnostics.Select(d => $"{file}:{d}\n")));
        output.ShouldContain("warning GR006");
        output.ShouldContain("warning GR038");
        output.ShouldContain("warning GR039");
        Tool.Run("score", file, "--format", "jsonl").ExitCode.ShouldBe(0);
    }

    [Fact]
    public void APlainPageCutInsideARowNameIsOneDamagedScorecard()
    {
        using var folder = new TempFolder();
        var file = folder.Write("cut.txt", Plain[..(Plain.IndexOf("Hardware Specification", StringComparison.Ordinal) + "Hardware Spec".Length)]);

        var (exit, output, _) = Tool.Run("validate", file);

        exit.ShouldBe(1);
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(": ")[1]).ShouldBe(["error GR032", "error GR040", "error GR040", "error GR040"]);
    }

    [Theory]
    [InlineData("markdown", "")]
    [InlineData("plain", "")]
    [InlineData("plain", "\n\n")]
    public void ThreeHundredJoinedPagesAreThreeHundredPapers(string rendering, string joiner)
    {
        using var folder = new TempFolder();
        var pages = Parsing.PagesAsHandedOverTests.Pages(rendering, 300);
        var file = folder.Write("joined.txt", string.Join(joiner, pages.Select(p => p.Text)));

        var (exit, output, error) = Tool.Run("score", file, "--format", "jsonl");

        exit.ShouldBe(0, error);
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(300);
    }

    [Fact]
    public void AnOutputThatIsAnInputIsRefusedAndTheInputKept()
    {
        using var folder = new TempFolder();
        var papers = Path.Combine(folder.Path, "papers");
        var page = folder.Write("papers/p.md", Seed);

        Tool.Run("report", papers, "-o", page).ShouldBe((2, "", $"gillrepro: cannot write {page}: it is inside {papers}, which is read for scorecards; name a file elsewhere or with another extension.\n"));
        Tool.Run("export", page, "--format", "csv", "-o", page).ExitCode.ShouldBe(2);
        Tool.Run("plot", papers, "-o", Path.Combine(papers, "trend.svg")).ExitCode.ShouldBe(0);
        File.ReadAllText(page).ShouldBe(Seed);
    }

    [Fact]
    public void AnUnfinishedOutputIsNeverReadAsAScorecard()
    {
        using var folder = new TempFolder();
        folder.Write("p.md", Seed);
        folder.Write(".out.md.0123456789abcdef.gillrepro-partial.md", Cards.Valid);

        var (exit, output, error) = Tool.Run("score", folder.Path, "--format", "jsonl");

        (exit, error).ShouldBe((0, ""));
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).ShouldHaveSingleItem();
    }

    [Fact]
    public void OfTwoCopiesTheWholeOneCountsAndCopiesThatDifferAreNamed()
    {
        using var folder = new TempFolder();
        folder.Write("a_cut.md", Seed[..Seed.IndexOf("| Open Datasets", StringComparison.Ordinal)]);
        folder.Write("b_full.md", Seed);
        var differs = folder.Write("c_other.md", Seed.Replace("| Hardware Specification | Yes |", "| Hardware Specification | No |", StringComparison.Ordinal));

        var (exit, output, error) = Tool.Run("export", folder.Path, "--lenient", "--format", "jsonl", "-o", Path.Combine(folder.Path, "out.jsonl"));

        exit.ShouldBe(1);
        var row = JsonDocument.Parse(File.ReadAllLines(Path.Combine(folder.Path, "out.jsonl")).ShouldHaveSingleItem()).RootElement;
        row.GetProperty("source").GetString().ShouldEndWith("b_full.md");
        row.GetProperty("score").GetProperty("isComplete").GetBoolean().ShouldBeTrue();
        error.ShouldContain($"{differs}:1:1: warning GR061: the same paper as {Path.Combine(folder.Path, "b_full.md")} (NeurIPS 2023, \"Generating Images with Multimodal Language Models\"), but their results differ in Hardware Specification");

        var (_, validated, _) = Tool.Run("validate", folder.Path);
        validated.ShouldContain($"{differs}:1:1: warning GR061:");

        var (_, table, _) = Tool.Run("score", folder.Path, "--lenient");
        table.ShouldContain("1 papers, 1 empirical: mean D 5.000");
    }

    [Fact]
    public void TheSameFileNamedTwiceIsReadOnce()
    {
        using var folder = new TempFolder();
        var page = folder.Write("p.md", Seed);

        var (exit, output, error) = Tool.Run("score", page, page, folder.Path, "--format", "jsonl");

        (exit, error).ShouldBe((0, ""));
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).ShouldHaveSingleItem();
    }

    [Fact]
    public void SmallerThingsEachSayWhatTheyAre()
    {
        using var folder = new TempFolder();
        var empty = folder.Write("empty.md", "");
        var binary = folder.WriteBytes("tool.md", [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xB0, 0x8F]);
        var random = folder.WriteBytes("random.md", [.. Enumerable.Range(0, 512).Select(i => (byte)((i * 7919 + 13) % 256))]);

        Tool.Run("score", empty).Error.ShouldStartWith($"{empty}: is empty; a scorecard starts with its notice or title\n");
        Tool.Run("validate", binary).Output.ShouldContain("it looks like a binary file (an executable, a PDF, an image or an archive), not text");
        Tool.Run("validate", random).Output.ShouldContain("it looks like a binary file, not text");
        Tool.Run("summary", folder.Path, "--by", "decade").ShouldBe((2, "", "gillrepro: --by takes none, year, venue, venue-year, affiliation, not 'decade'.\nRun 'gillrepro --help' to see the commands and their options.\n"));
        Tool.Run("compare", folder.Path).ShouldBe((2, "", $"gillrepro: compare needs two or more labellings of the same papers (each a file or a folder of scorecards, such as human/ and run-1/, or NAME=PATH), found one: {folder.Path}.\n"));
        Tool.Run("compare", folder.Path, folder.Path + "/").ExitCode.ShouldBe(2);
    }

    [Fact]
    public void ALenientSummarySaysWhatBecameOfFilesWithErrors()
    {
        using var folder = new TempFolder();
        folder.Write("a.md", Seed[..2000]);
        folder.Write("b.md", Cards.Valid);

        var (exit, output, _) = Tool.Run("summary", folder.Path, "--lenient", "--by", "none");

        exit.ShouldBe(1);
        output.ShouldContain("2 papers (1 incomplete: read leniently, they lack a variable and count only what they hold) in 1 group, read from 2 files (1 with errors, counted as far as they could be read).");
    }

    [Fact]
    public void PipedTextIsNotWrapped()
    {
        using var folder = new TempFolder();
        var title = string.Join(' ', Enumerable.Repeat("Long Title Words", 12));
        folder.Write("a.md", Cards.Valid.Replace(Cards.Title, title, StringComparison.Ordinal));
        folder.Write("b.md", Seed);

        var (_, output, _) = Tool.Run("score", folder.Path);

        output.Split('\n').ShouldContain(l => l.Contains(title, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("summary")]
    [InlineData("validate")]
    [InlineData("score")]
    public void CtrlCSaysSoInOneLineAndExits130(string command)
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        var (exit, _, error) = Tool.Run(cancel.Token, command, Path.Combine(Corpora.SampleDirectory, "markdown"));

        exit.ShouldBe(130);
        error.ShouldStartWith("gillrepro: cancelled; ");
        error.Split('\n', StringSplitOptions.RemoveEmptyEntries).ShouldHaveSingleItem();
    }

    /// <summary>Runs a bash command line with <c>{tool}</c> the built tool, as a user's shell would.</summary>
    private static (int Exit, string Output, string Error) Shell(string command) => Support.Shell.Run(command);
}

/// <summary>Ctrl+C from a shell, on a run long enough to interrupt: the output ends with a whole line, and one line says why.</summary>
public class InterruptTests
{
    [SkippableFact]
    public void CtrlCDuringJsonLinesLeavesOnlyWholeLines()
    {
        Skip.If(Repository.CorpusDirectory is null, Repository.CorpusMissingReason);
        using var folder = new TempFolder();
        var output = Path.Combine(folder.Path, "out.jsonl");
        var tool = $"dotnet {Path.Combine(AppContext.BaseDirectory, "GillRepro.Cli.dll")}";
        var corpus = Path.Combine(Repository.CorpusDirectory!, "markdown");
        // Started in its own process group, as a shell runs a job, so SIGINT goes to the tool as Ctrl+C does.
        var script = $"set -m; {tool} score {corpus} {corpus} {corpus} {corpus} --format jsonl > {output} 2> {output}.err & pid=$!; " +
                     $"while [ ! -s {output} ]; do sleep 0.05; done; kill -INT $pid; wait $pid; echo $?";
        var start = new System.Diagnostics.ProcessStartInfo("bash", ["-c", script]) { RedirectStandardOutput = true };
        using var process = System.Diagnostics.Process.Start(start)!;
        var exit = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();

        exit.ShouldBe("130");
        var text = File.ReadAllText(output);
        text.ShouldEndWith("\n");
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries)) System.Text.Json.JsonDocument.Parse(line);
        File.ReadAllText(output + ".err").ShouldBe("gillrepro: cancelled; what was printed ends with a whole line.\n");
    }
}
