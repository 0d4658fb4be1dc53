using GillRepro.Tests.Support;

namespace GillRepro.Tests.Cli;

public class FormatCommandTests
{
    [Fact]
    public void CheckListsFilesThatAreNotCanonicalAndChangesNothing()
    {
        using var folder = new TempFolder();
        folder.Write("canonical.md", Repository.SeedText);
        var crlf = folder.Write("crlf.md", Repository.SeedText.Replace("\n", "\r\n") + "\r\n");

        var (exit, output, error) = Tool.Run("format", "--check", folder.Path);

        exit.ShouldBe(1);
        output.ShouldBe(crlf + "\n");
        error.ShouldBeEmpty();
        File.ReadAllText(crlf).ShouldContain("\r\n");
    }

    [Fact]
    public void CheckOnCanonicalFilesIsQuietAndSucceeds()
    {
        using var folder = new TempFolder();
        folder.Write("canonical.md", Repository.SeedText);

        Tool.Run("format", "--check", folder.Path).ShouldBe((0, "", ""));
    }

    [Fact]
    public void FormatRewritesFilesIntoCanonicalForm()
    {
        using var folder = new TempFolder();
        var bom = folder.Write("bom.md", "\uFEFF" + Repository.SeedText + "\n");

        var (exit, output, _) = Tool.Run("format", bom);

        exit.ShouldBe(0);
        output.ShouldBe(bom + "\n");
        File.ReadAllBytes(bom).ShouldBe(new System.Text.UTF8Encoding(false).GetBytes(Repository.SeedText));
        Tool.Run("format", "--check", bom).ExitCode.ShouldBe(0);
    }

    [Fact]
    public void FormatReportsFilesItCannotParseAndLeavesThemAlone()
    {
        using var folder = new TempFolder();
        var broken = folder.Write("broken.md", "Title only");

        var (exit, _, error) = Tool.Run("format", broken);

        exit.ShouldBe(1);
        // One line: the first error, and why the file was left as it is.
        error.ShouldBe($"{broken}:1:11: error GR012: expected the venue line `<venue> <year>`, such as `NeurIPS 2023 | Venue PDF`, found the end of the input; format left it as it is: it has an error, and rewriting would lose what lenient reading could not keep\n");
        File.ReadAllText(broken).ShouldBe("Title only");
    }

    [Fact]
    public void PlainTextFilesStayPlainText()
    {
        using var folder = new TempFolder();
        var plain = Scorecard.ToPlainText(Scorecard.Parse(Repository.SeedText));
        var file = folder.Write("seed.txt", plain.Replace("\n", "\r\n"));

        Tool.Run("format", file).ExitCode.ShouldBe(0);

        File.ReadAllText(file).ShouldBe(plain);
    }

    [Fact]
    public void FormatNeedsAPath() => Tool.Run("format").ExitCode.ShouldBe(2);
}
