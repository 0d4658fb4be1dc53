using System.Diagnostics;
using CsCheck;
using GillRepro.Tests.Support;
using Xunit.Abstractions;

namespace GillRepro.Tests.Properties;

/// <summary>
/// Generated papers round-trip; generated damage never crashes the parsers. The number of damaged
/// inputs is <c>GILLREPRO_FUZZ_COUNT</c> (default 100,000); set it to millions for a long run.
/// </summary>
public class PropertyTests(ITestOutputHelper output)
{
    private const long DefaultDamagedInputs = 100_000;

    private static long DamagedInputs =>
        long.TryParse(Environment.GetEnvironmentVariable("GILLREPRO_FUZZ_COUNT"), out var count) && count > 0 ? count : DefaultDamagedInputs;

    [Fact]
    public void GeneratedPapersRoundTripThroughMarkdown() =>
        Generators.Paper.Sample(paper =>
        {
            var text = Scorecard.ToMarkdown(paper);
            Scorecard.Parse(text).WithoutSpans().ShouldBe(paper);
            Scorecard.ParseLenient(text).Paper.ShouldNotBeNull().WithoutSpans().ShouldBe(paper);
        }, iter: 5_000);

    [Fact]
    public void GeneratedPapersRoundTripThroughPlainText() =>
        Generators.PlainPaper.Sample(paper =>
        {
            var text = Scorecard.ToPlainText(paper);
            Scorecard.Parse(text, new ScorecardParseOptions { Rendering = ScorecardRendering.PlainText }).WithoutSpans().ShouldBe(paper);
        }, iter: 5_000);

    [Fact]
    public void GeneratedPapersRoundTripThroughJson() =>
        Generators.Paper.Sample(paper =>
        {
            var parsed = Scorecard.Parse(Scorecard.ToMarkdown(paper));
            ScorecardJson.DeserializePaper(ScorecardJson.Serialize(parsed)).ShouldBe(parsed);
            ScorecardJson.DeserializePaper(ScorecardJson.Serialize(parsed, indented: false)).ShouldBe(parsed);
        }, iter: 5_000);

    [Fact]
    public void DamagedScorecardsGiveAPaperOrPositionedDiagnosticsAndNeverAnotherException()
    {
        var originals = Originals();
        long tried = 0, papers = 0, invalid = 0;
        var clock = Stopwatch.StartNew();

        Generators.Damaged(originals).Sample(text =>
        {
            Interlocked.Increment(ref tried);
            var report = Scorecard.ParseLenient(text);
            if (report.Paper is not null) Interlocked.Increment(ref papers);
            if (!report.IsValid) Interlocked.Increment(ref invalid);
            (report.Paper is not null || report.Diagnostics.Count > 0).ShouldBeTrue();
            foreach (var diagnostic in report.Diagnostics) ShouldPointIntoTheText(diagnostic.Span, text);
            foreach (var variable in report.Paper?.Variables ?? [])
            {
                var span = variable.Evidence.Span;
                ShouldPointIntoTheText(span, text);
                text.AsSpan(span.Offset, span.Length).SequenceEqual(variable.Evidence.Text).ShouldBeTrue();
            }

            if (Scorecard.TryParse(text, out _, out var error)) return;
            error.Line.ShouldBeGreaterThan(0);
            error.Column.ShouldBeGreaterThan(0);
            error.Offset.ShouldBeInRange(0, text.Length);
            error.Expected.ShouldNotBeNullOrWhiteSpace();
            error.Found.ShouldNotBeNullOrWhiteSpace();
        }, iter: DamagedInputs);

        output.WriteLine($"damaged inputs tried: {tried:N0} ({papers:N0} gave a paper, {invalid:N0} had errors) from {originals.Count:N0} scorecards in {clock.Elapsed.TotalSeconds:F1} s; set GILLREPRO_FUZZ_COUNT to try more");
        tried.ShouldBe(DamagedInputs);
    }

    [Fact]
    public void PathologicalLinesAreReadWithoutBlowUp()
    {
        var pipes = new string('|', 1_000_000);
        var longLine = Cards.Valid.Replace("lr = 0.1", new string('x', 900_000));

        Scorecard.ParseLenient(pipes).IsValid.ShouldBeFalse();
        Scorecard.ParseLenient(Cards.Valid.Replace("lr = 0.1", pipes[..500_000])).Paper.ShouldNotBeNull().Variables[8].Evidence.Text.Length.ShouldBe(500_000);
        Scorecard.Parse(longLine).Variables[8].Evidence.Text.Length.ShouldBe(900_000);
        Scorecard.ParseLenient(string.Concat(Enumerable.Repeat("\n", 500_000))).Diagnostics.Single().Code.ShouldBe("GR002");
    }

    /// <summary>The corpus pages in both renderings where the corpus is present, else the seed and small cards.</summary>
    private IReadOnlyList<string> Originals()
    {
        var texts = new List<string> { Repository.SeedText, Cards.Valid, Scorecard.ToPlainText(Scorecard.Parse(Repository.SeedText)) };
        if (Repository.CorpusDirectory is { } corpus)
        {
            texts.AddRange(Directory.EnumerateFiles(Path.Combine(corpus, "markdown"), "*.md", SearchOption.AllDirectories).Order().Take(300).Select(File.ReadAllText));
            texts.AddRange(Directory.EnumerateFiles(Path.Combine(corpus, "plain"), "*.txt", SearchOption.AllDirectories).Order().Take(100).Select(File.ReadAllText));
        }
        else
        {
            output.WriteLine(Repository.CorpusMissingReason + " Damage is applied to the seed and small cards only.");
        }
        return texts;
    }

    private static void ShouldPointIntoTheText(SourceSpan span, string text)
    {
        span.Line.ShouldBeGreaterThan(0);
        span.Column.ShouldBeGreaterThan(0);
        span.Offset.ShouldBeInRange(0, text.Length);
        (span.Offset + span.Length).ShouldBeLessThanOrEqualTo(text.Length);
    }
}
