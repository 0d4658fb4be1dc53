using GillRepro.Tests.Support;

namespace GillRepro.Tests.Parsing;

public class RenderingTests
{
    private static readonly Paper Card = Scorecard.Parse(Cards.Valid);
    private static readonly string PlainCard = Scorecard.ToPlainText(Card);

    [Fact]
    public void PlainTextIsDetectedAndGivesTheSameRecords()
    {
        var report = Scorecard.ParseLenient(PlainCard);

        report.Rendering.ShouldBe(ScorecardRendering.PlainText);
        report.Diagnostics.ShouldBeEmpty();
        report.Paper.ShouldNotBeNull().ShouldBe(Card);
    }

    [Fact]
    public void PlainTextRowsSplitAtTheKnownNamesAndKeepEveryCharacterOfEvidenceButTheLineEndsSpaces()
    {
        // The run of spaces after the result is the gap between cells (as in a browser copy; no real
        // page's evidence starts with white space); inside the evidence every character is kept, and the
        // spaces and tabs that end the line are dropped, as on every line (no real page's evidence ends
        // with one, and editors add and strip them unasked).
        var plain = PlainCard.Replace("Pseudocode Yes Algorithm 1", "Pseudocode N/A  |A| = 25,  \u00A0trailing \t ");
        var paper = Scorecard.Parse(plain);

        var row = paper.Variables[2];
        row.Result.Text.ShouldBe("N/A");
        row.Evidence.Text.ShouldBe("|A| = 25,  \u00A0trailing");
        plain.Substring(row.Evidence.Span.Offset, row.Evidence.Span.Length).ShouldBe(row.Evidence.Text);
    }

    [Theory]
    [InlineData("\t")]
    [InlineData("\u00A0")]
    [InlineData("   ")]
    [InlineData(" \t\u202F ")]
    public void ABrowserCopyWithTabsOrNoBreakSpacesBetweenCellsGivesTheSameRecordsAsACleanCopy(string gap)
    {
        var clean = Scorecard.ToPlainText(Scorecard.Parse(Repository.SeedText));
        var lines = clean.Split('\n');
        var table = Array.IndexOf(lines, "Reproducibility Variable Result LLM Response");
        var copied = lines.Select((line, i) => i < table ? line : Browser(line, gap));

        var fromBrowser = Scorecard.Parse(string.Join('\n', copied));

        fromBrowser.ShouldBe(Scorecard.Parse(clean));
        Scorecard.Score(fromBrowser).ShouldBe(Scorecard.Score(Scorecard.Parse(Repository.SeedText)));
    }

    /// <summary>A table line as a browser copies it: the gaps of the header, of the name and between the cells replaced by <paramref name="gap"/>.</summary>
    private static string Browser(string line, string gap)
    {
        foreach (var name in VariableCatalog.All.Select(v => v.Name).Append("Reproducibility Variable Result LLM Response"))
        {
            if (!line.StartsWith(name, StringComparison.Ordinal)) continue;
            var rest = line[name.Length..];
            if (rest.Length == 0) return name.Replace(" ", gap, StringComparison.Ordinal);
            var result = rest[1..].Split(' ', 2);
            return name.Replace(" ", gap, StringComparison.Ordinal) + gap + result[0] + (result.Length > 1 ? gap + result[1] : "");
        }
        return line;
    }

    [Fact]
    public void ACallerCanNameTheRendering()
    {
        var asMarkdown = new ScorecardParseOptions { Rendering = ScorecardRendering.Markdown };

        var e = Should.Throw<ScorecardParseException>(() => Scorecard.Parse(PlainCard, asMarkdown));
        e.Error.Message.ShouldStartWith("expected the table header `| Reproducibility Variable");
        Scorecard.ParseLenient(PlainCard, asMarkdown).Rendering.ShouldBe(ScorecardRendering.Markdown);
    }

    [Theory]
    [InlineData("Notice: The reproducibility variables ... are described in [1].")]
    [InlineData("Notice: Scores are estimates; see the methodology page.")]
    public void AnyNoticeWordingIsKept(string notice)
    {
        var lines = Cards.Lines();
        lines[0] = notice;

        Scorecard.Parse(Cards.Join(lines)).Notice.ShouldBe(notice);
        Scorecard.Parse(Scorecard.ToPlainText(Scorecard.Parse(Cards.Join(lines)))).Notice.ShouldBe(notice);
    }

    [Theory]
    [InlineData("JAIR 2020", "JAIR", 2020)]
    [InlineData("TMLR 2023 | Conference PDF | Archive PDF | Plain Text | LLM Run Details", "TMLR", 2023)]
    public void OtherVenuesAndLinkLabelsAreReadInBothRenderings(string venueLine, string venue, int year)
    {
        var lines = Cards.Lines();
        lines[3] = venueLine;
        var paper = Scorecard.Parse(Cards.Join(lines));

        paper.Venue.ShouldBe(new Venue(venue, year));
        Scorecard.Parse(Scorecard.ToPlainText(paper)).Venue.ShouldBe(paper.Venue);
    }

    [Fact]
    public void LigaturesInVariableNamesAreRecognised()
    {
        var lines = Cards.Lines();
        lines[12] = "| Hardware Speci\uFB01cation | Yes | 2 A6000 GPUs |";
        var paper = Scorecard.Parse(Cards.Join(lines));

        paper.Variables[6].Name.ShouldBe("Hardware Speci\uFB01cation");
        paper.Variables[6].Kind.ShouldBe(VariableKind.HardwareSpecification);
        Scorecard.Score(paper).DocumentationScore.ShouldBe(5);
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void CrlfAndCrOnlyLineEndsWorkInBothRenderings(string newline)
    {
        var markdown = Cards.Valid.Replace("\n", newline) + newline;
        var plain = PlainCard.Replace("\n", newline);

        Scorecard.Parse(markdown).ShouldBe(Card);
        Scorecard.Parse(plain).ShouldBe(Card);
        Scorecard.Parse(markdown).Variables[8].Evidence.Span.Line.ShouldBe(15);
    }

    [Fact]
    public void PlainTextWriterRefusesWhatPlainTextCannotHold()
    {
        var unknown = Card with { Variables = [.. Card.Variables, new Variable("Ethics", new Result("Yes"), new Evidence(""))] };
        var twoWords = Card with { Variables = [.. Card.Variables.Select(v => v.Kind == VariableKind.Pseudocode ? v with { Result = new Result("Not sure") } : v)] };

        Should.Throw<ArgumentException>(() => Scorecard.ToPlainText(unknown)).Message.ShouldContain("is not one of the nine names spelled as the Index spells them");
        Should.Throw<ArgumentException>(() => Scorecard.ToPlainText(twoWords)).Message.ShouldContain("one word");
    }
}
