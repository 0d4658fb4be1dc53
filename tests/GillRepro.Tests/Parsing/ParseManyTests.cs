using System.Text;
using GillRepro.Tests.Support;

namespace GillRepro.Tests.Parsing;

public class ParseManyTests
{
    [Fact]
    public void DocumentsBackToBackAreReadOneByOneWithPositionsInTheWholeStream()
    {
        var plain = Scorecard.ToPlainText(Scorecard.Parse(Cards.Valid));
        var noNotice = Cards.Join(Cards.Lines().Skip(1));
        var stream = string.Join("\n", Repository.SeedText, Cards.Valid, plain, noNotice) + "\n";

        var reports = Scorecard.ParseMany(new StringReader(stream)).ToList();

        reports.Count.ShouldBe(4);
        reports.ShouldAllBe(r => r.IsValid);
        reports.Select(r => r.Rendering).ShouldBe([ScorecardRendering.Markdown, ScorecardRendering.Markdown, ScorecardRendering.PlainText, ScorecardRendering.Markdown]);
        reports[0].Paper!.Title.ShouldBe("Generating Images with Multimodal Language Models");
        reports[3].Paper!.Notice.ShouldBeNull();
        foreach (var report in reports)
        {
            foreach (var variable in report.Paper!.Variables)
            {
                var span = variable.Evidence.Span;
                stream.Substring(span.Offset, span.Length).ShouldBe(variable.Evidence.Text);
                stream.Split('\n')[span.Line - 1].Substring(span.Column - 1, span.Length).ShouldBe(variable.Evidence.Text);
            }
        }
    }

    [Fact]
    public void AStringInMemoryIsSplitAsTheSameStreamIsAndOneDocumentIsParsedWithoutACopy()
    {
        var plain = Scorecard.ToPlainText(Scorecard.Parse(Cards.Valid));
        var stream = string.Join("\r\n", Repository.SeedText, Cards.Valid[..300], plain, "Stray text", Cards.Valid) + "\n\n";

        Scorecard.ParseMany(stream).ShouldBe(Scorecard.ParseMany(new StringReader(stream)));
        Scorecard.ParseMany(Repository.SeedText).ShouldHaveSingleItem().ShouldBe(Scorecard.ParseLenient(Repository.SeedText));
        Scorecard.ParseMany("").ShouldBeEmpty();
    }

    [Fact]
    public void ADamagedDocumentDoesNotStopTheOthers()
    {
        var cut = Repository.SeedText[..2000];
        var stream = string.Join("\n", Cards.Valid, cut, Cards.Valid);

        var reports = Scorecard.ParseMany(new StringReader(stream)).ToList();

        reports.Count.ShouldBe(3);
        reports[0].IsValid.ShouldBeTrue();
        reports[1].IsValid.ShouldBeFalse();
        reports[1].Diagnostics.ShouldContain(d => d.Code == "GR030" && d.Span.Line == 15 + 12);
        reports[2].IsValid.ShouldBeTrue();
    }

    [Fact]
    public void ReadingIsLazyOverAnEndlessStream()
    {
        var reports = Scorecard.ParseMany(new EndlessReader(Cards.Valid + "\n")).Take(3).ToList();

        reports.Count.ShouldBe(3);
        reports[2].Paper!.Variables[0].Evidence.Span.Line.ShouldBe(2 * 15 + 7);
    }

    [Fact]
    public void ADocumentOverTheLimitIsReportedAndSkipped()
    {
        var huge = Cards.Valid.Replace("lr = 0.1", new string('x', 5000));
        var stream = string.Join("\n", Cards.Valid, huge, Cards.Valid);

        var reports = Scorecard.ParseMany(new StringReader(stream), new ScorecardParseOptions { MaxInputLength = 2000 }).ToList();

        reports.Count.ShouldBe(3);
        reports[1].Paper.ShouldBeNull();
        reports[1].Diagnostics.Single().Code.ShouldBe("GR001");
        reports[1].Diagnostics.Single().Span.Line.ShouldBe(16);
        reports[2].IsValid.ShouldBeTrue();
        reports[2].Paper!.Variables[0].Evidence.Span.Offset.ShouldBe(stream.LastIndexOf("We run experiments.", StringComparison.Ordinal));
    }

    /// <summary>The same text again and again, forever.</summary>
    private sealed class EndlessReader(string text) : TextReader
    {
        private int _position;

        public override int Read(char[] buffer, int index, int count)
        {
            var n = Math.Min(count, text.Length - _position);
            text.CopyTo(_position, buffer, index, n);
            _position = (_position + n) % text.Length;
            return n;
        }
    }
}
