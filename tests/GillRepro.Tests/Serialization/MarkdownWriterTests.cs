using GillRepro.Tests.Support;

namespace GillRepro.Tests.Serialization;

public class MarkdownWriterTests
{
    /// <summary>A paper with all nine variables; the row of <paramref name="name"/> (Pseudocode by default) has the given evidence.</summary>
    private static Paper Built(string evidence = "text", string name = "Pseudocode", string title = "Title") =>
        new(null, title, ["A B", "C D"], new Venue("ICLR", 2024), ["Venue PDF"],
            [.. VariableCatalog.All.Select(v => v.Kind == VariableKind.Pseudocode
                ? new Variable(name, new Result("Yes"), new Evidence(evidence))
                : new Variable(v.Name, new Result("No"), new Evidence("")))]);

    private const string OtherRows = "\n| Research Type | No |  |\n| Researcher Affiliation | No |  |";
    private const string RowsAfter = "\n| Open Source Code | No |  |\n| Open Datasets | No |  |\n| Dataset Splits | No |  |\n| Hardware Specification | No |  |\n| Software Dependencies | No |  |\n| Experiment Setup | No |  |";

    [Fact]
    public void PapersBuiltInCodeAreWrittenCanonically()
    {
        Scorecard.ToMarkdown(Built()).ShouldBe(
            "Title\nAuthors: A B, C D\nICLR 2024 | Venue PDF\n| Reproducibility Variable | Result | LLM Response |\n|---|---|---|" + OtherRows + "\n| Pseudocode | Yes | text |" + RowsAfter);
    }

    [Fact]
    public void NonCanonicalInputIsWrittenCanonicallyAndParsesToTheSameRecords()
    {
        var messy = "\uFEFF\r\nTitle  \r\nAuthors:A B, C D\r\n\r\nICLR 2024|Venue PDF\r\n|reproducibility variable|result|llm response|\r\n| :-- | --- | --: |"
            + OtherRows.Replace("\n", "\r\n", StringComparison.Ordinal) + "\r\n|Pseudocode|Yes| text |" + RowsAfter.Replace("\n", "\r\n", StringComparison.Ordinal) + "\r\n\r\n";
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

        Scorecard.Write(seed, writer, ScorecardRendering.Markdown);

        writer.ToString().ShouldBe(Repository.SeedText);
    }
}
