using GillRepro.Tests.Support;

namespace GillRepro.Tests.Serialization;

public class MarkdownWriterTests
{
    private static Paper Built(string evidence = "text", string name = "Pseudocode", string title = "Title") =>
        new(null, title, ["A B", "C D"], new Venue("ICLR", 2024), ["Venue PDF"],
            [new Variable(name, new Result("Yes"), new Evidence(evidence))]);

    [Fact]
    public void PapersBuiltInCodeAreWrittenCanonically()
    {
        Scorecard.ToMarkdown(Built()).ShouldBe(
            "Title\nAuthors: A B, C D\nICLR 2024 | Venue PDF\n| Reproducibility Variable | Result | LLM Response |\n|---|---|---|\n| Pseudocode | Yes | text |");
    }

    [Fact]
    public void NonCanonicalInputIsWrittenCanonicallyAndParsesToTheSameRecords()
    {
        var messy = "\uFEFF\r\nTitle  \r\nAuthors:A B, C D\r\n\r\nICLR 2024|Venue PDF\r\n|reproducibility variable|result|llm response|\r\n| :-- | --- | --: |\r\n|Pseudocode|Yes| text |\r\n\r\n";
        var paper = Scorecard.Parse(messy);
        var canonical = Scorecard.ToMarkdown(paper);

        canonical.ShouldBe(Scorecard.ToMarkdown(Built()));
        Scorecard.ToMarkdown(Scorecard.Parse(canonical)).ShouldBe(canonical);
    }

    [Theory]
    [InlineData("two\nlines", "Pseudocode", "Title")]
    [InlineData("text", "Pseudo|code", "Title")]
    [InlineData("text", " Pseudocode", "Title")]
    [InlineData("text", "Pseudocode", "Two\r\nlines")]
    public void FieldsThatCannotBeWrittenAreRefusedClearly(string evidence, string name, string title)
    {
        var e = Should.Throw<ArgumentException>(() => Scorecard.ToMarkdown(Built(evidence, name, title)));

        e.Message.ShouldStartWith("Cannot write");
    }

    [Fact]
    public void WriteMarkdownWritesTheSameTextToAWriter()
    {
        var seed = Scorecard.Parse(Repository.SeedText);
        using var writer = new StringWriter();

        Scorecard.WriteMarkdown(seed, writer);

        writer.ToString().ShouldBe(Repository.SeedText);
    }
}
