using GillRepro.Tests.Support;

namespace GillRepro.Tests.Corpus;

/// <summary>The plain-text rendering of every sample and corpus paper against its markdown twin and the Index's results.</summary>
public class PlainTextCorpusTests
{
    private static IEnumerable<(Truth Truth, string Markdown, string Plain)> Pairs(string which)
    {
        var corpus = Corpora.Require(which);
        return Truth.Load(corpus).Select(t => (t, File.ReadAllText(t.MarkdownPath(corpus)), File.ReadAllText(t.PlainPath(corpus))));
    }

    [SkippableTheory]
    [MemberData(nameof(Corpora.Names), MemberType = typeof(Corpora))]
    public void BothRenderingsOfEveryPaperGiveTheSameRecordsAndScores(string which)
    {
        var count = 0;
        foreach (var (truth, markdown, plain) in Pairs(which))
        {
            var fromPlain = Scorecard.Parse(plain);
            fromPlain.ShouldBe(Scorecard.Parse(markdown), truth.Slug);
            var score = Scorecard.Score(fromPlain);
            score.DocumentationScore.ShouldBe(truth.DocumentationScore, truth.Slug);
            score.ReproducibilityScore.ShouldBe(truth.ReproducibilityScore, truth.Slug);
            score.IsEmpirical.ShouldBe(truth.Empirical, truth.Slug);
            count++;
        }
        count.ShouldBe(Corpora.Papers(which));
    }

    [SkippableTheory]
    [MemberData(nameof(Corpora.Names), MemberType = typeof(Corpora))]
    public void EveryPlainTextPageRoundTripsByteForByte(string which)
    {
        foreach (var (truth, _, plain) in Pairs(which))
        {
            Scorecard.ToPlainText(Scorecard.Parse(plain, new ScorecardParseOptions { Rendering = ScorecardRendering.PlainText })).ShouldBe(plain, truth.Slug);
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Corpora.Names), MemberType = typeof(Corpora))]
    public void LenientParsingFindsNoErrorInEitherRendering(string which)
    {
        foreach (var (truth, markdown, plain) in Pairs(which))
        {
            foreach (var (text, rendering) in new[] { (markdown, ScorecardRendering.Markdown), (plain, ScorecardRendering.PlainText) })
            {
                var report = Scorecard.ParseLenient(text);
                report.Rendering.ShouldBe(rendering, truth.Slug);
                report.IsValid.ShouldBeTrue($"{truth.Slug}: {string.Join("; ", report.Diagnostics)}");
                report.Diagnostics.ShouldAllBe(d => d.Code == "GR003", truth.Slug);
                report.Paper.ShouldBe(Scorecard.Parse(text), truth.Slug);
            }
        }
    }
}
