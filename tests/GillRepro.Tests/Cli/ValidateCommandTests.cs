using GillRepro.Tests.Support;

namespace GillRepro.Tests.Cli;

public class ValidateCommandTests
{
    [Fact]
    public void ValidFilesInBothRenderingsPassQuietly()
    {
        using var folder = new TempFolder();
        folder.Write("seed.md", Repository.SeedText);
        folder.Write("seed.txt", Scorecard.ToPlainText(Scorecard.Parse(Repository.SeedText)));

        var (exit, output, error) = Tool.Run("validate", folder.Path);

        exit.ShouldBe(0);
        output.ShouldBeEmpty();
        error.ShouldBe("2 of 2 files are valid scorecards.\n");
    }

    [Fact]
    public void EveryProblemOfEveryFileIsListedAndTheRunFails()
    {
        using var folder = new TempFolder();
        var broken = folder.Write("a-broken.md", Cards.Valid.Replace("| Pseudocode | Yes | Algorithm 1 |", "| Pseudocode | Yes |").Replace("NeurIPS 2023", "NeurIPS 2023 |"));
        var cut = folder.Write("b-cut.md", Repository.SeedText[..2000]);
        folder.Write("c-valid.md", Repository.SeedText);

        var (exit, output, error) = Tool.Run("validate", folder.Path);

        exit.ShouldBe(1);
        output.ShouldMatchSnapshot(scrub: folder.Path);
        output.ShouldContain($"{broken}:4:15: warning GR014: expected a link label after `|`, found `|`");
        output.ShouldContain($"{broken}:9:21: error GR033: ");
        output.ShouldContain($"{cut}:12:");
        error.ShouldBe("2 of 3 files are not valid scorecards.\n");
    }

    [Fact]
    public void ValidateNeedsAPath() => Tool.Run("validate").ExitCode.ShouldBe(2);
}
