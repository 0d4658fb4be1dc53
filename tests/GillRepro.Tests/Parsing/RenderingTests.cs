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
        report.Paper.ShouldNotBeNull().WithoutSpans().ShouldBe(Card.WithoutSpans());
    }

    [Fact]
    public void PlainTextRowsSplitAtTheKnownNamesAndKeepEveryCharacterOfEvidence()
    {
        var plain = PlainCard.Replace("Pseudocode Yes Algorithm 1", "Pseudocode N/A  |A| = 25, trailing  ");
        var paper = Scorecard.Parse(plain);

        var row = paper.Variables[2];
        row.Result.Text.ShouldBe("N/A");
        row.Evidence.Text.ShouldBe(" |A| = 25, trailing  ");
        plain.Substring(row.Evidence.Span.Offset, row.Evidence.Span.Length).ShouldBe(row.Evidence.Text);
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

        Scorecard.Parse(markdown).WithoutSpans().ShouldBe(Card.WithoutSpans());
        Scorecard.Parse(plain).WithoutSpans().ShouldBe(Card.WithoutSpans());
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
