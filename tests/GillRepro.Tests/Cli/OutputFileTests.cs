using GillRepro.Tests.Support;

namespace GillRepro.Tests.Cli;

/// <summary>Files the tool writes appear whole or not at all: on Ctrl+C and on errors nothing is left behind.</summary>
public class OutputFileTests
{
    private static TempFolder Corpus()
    {
        var folder = new TempFolder();
        for (var i = 0; i < 50; i++) folder.Write($"in/{i:D2}.md", Repository.SeedText.Replace("Generating Images", $"Generating {i} Images", StringComparison.Ordinal));
        Directory.CreateDirectory(Path.Combine(folder.Path, "out"));
        return folder;
    }

    [Theory]
    [InlineData("export", "papers.parquet", "--format", "parquet")]
    [InlineData("export", "papers.csv", "--format", "csv")]
    [InlineData("plot", "trend.png")]
    public void CtrlCStopsTheCommandAndLeavesNoFileBehind(string command, string name, params string[] options)
    {
        using var folder = Corpus();
        var target = Path.Combine(folder.Path, "out", name);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var (exit, _, error) = Tool.Run(cancelled.Token, [command, Path.Combine(folder.Path, "in"), .. options, "-o", target]);

        exit.ShouldBe(130);
        error.ShouldContain($"cancelled; {target} was not written.");
        Directory.EnumerateFileSystemEntries(Path.Combine(folder.Path, "out")).ShouldBeEmpty();
    }

    [Fact]
    public void AnExportThatFinishesReplacesTheFileWholeAndLeavesNoTemporaryFile()
    {
        using var folder = Corpus();
        var target = Path.Combine(folder.Path, "out", "papers.csv");
        File.WriteAllText(target, "old");

        var (exit, _, error) = Tool.Run("export", Path.Combine(folder.Path, "in"), "--format", "csv", "-o", target);

        exit.ShouldBe(0, error);
        File.ReadAllLines(target).Length.ShouldBe(51);
        Directory.EnumerateFileSystemEntries(Path.Combine(folder.Path, "out")).ShouldBe([target]);
    }

    [Theory]
    [InlineData("a folder")]
    [InlineData("a missing folder")]
    public void AnOutputThatCannotBeWrittenIsOneLineAndExitTwo(string what)
    {
        using var folder = Corpus();
        var target = what == "a folder" ? Path.Combine(folder.Path, "out") : Path.Combine(folder.Path, "nowhere", "papers.csv");

        var (exit, _, error) = Tool.Run("export", Path.Combine(folder.Path, "in"), "--format", "csv", "-o", target);

        exit.ShouldBe(2);
        error.Trim().Split('\n').ShouldHaveSingleItem().ShouldStartWith($"gillrepro: cannot write {target}: ");
        Directory.EnumerateFileSystemEntries(Path.Combine(folder.Path, "out")).ShouldBeEmpty();
    }
}
