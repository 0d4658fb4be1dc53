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

    private const long WrittenPapers = 100_000;

    [Fact]
    public void EveryPaperIsRefusedWithAnArgumentExceptionOrRoundTripsInBothRenderings()
    {
        long markdown = 0, plain = 0, refused = 0;
        var reasons = new System.Collections.Concurrent.ConcurrentDictionary<string, int>();
        Generators.Paper.Sample(paper =>
        {
            foreach (var rendering in new[] { ScorecardRendering.Markdown, ScorecardRendering.PlainText })
            {
                string text;
                try
                {
                    text = Scorecard.ToText(paper, rendering);
                }
                catch (ArgumentException e)
                {
                    e.ParamName.ShouldBe("paper");
                    e.Message.ShouldStartWith("Cannot write this paper as a ");
                    var writer = new StringWriter();
                    Should.Throw<ArgumentException>(() => Scorecard.Write(paper, writer, rendering));
                    writer.ToString().ShouldBeEmpty("the writer wrote before it refused");
                    Interlocked.Increment(ref refused);
                    reasons.AddOrUpdate(Reason(e.Message), 1, (_, n) => n + 1);
                    continue;
                }

                var report = Scorecard.ParseLenient(text);
                report.IsValid.ShouldBeTrue($"{rendering} text that does not parse: {string.Join("; ", report.Diagnostics)}\n{text}");
                report.Rendering.ShouldBe(rendering);
                report.Paper!.ShouldBe(paper, text);
                Scorecard.Parse(text).ShouldBe(report.Paper);
                Scorecard.ToText(report.Paper!, rendering).ShouldBe(text);
                Interlocked.Increment(ref rendering == ScorecardRendering.Markdown ? ref markdown : ref plain);
            }
        }, iter: WrittenPapers);

        output.WriteLine($"papers written and read back: {markdown:N0} as markdown, {plain:N0} as plain text; refused with ArgumentException: {refused:N0} of {2 * WrittenPapers:N0}");
        foreach (var (reason, count) in reasons.OrderByDescending(r => r.Value).Take(12)) output.WriteLine($"  {count,7:N0} {reason}");
        // The generator must reach both outcomes in earnest, or the property proves nothing. Plain text
        // refuses more (a name, a result of one word, no white space at either end of the evidence), so a
        // smaller share of the generated papers can be written in it.
        markdown.ShouldBeGreaterThan(WrittenPapers / 10);
        plain.ShouldBeGreaterThan(WrittenPapers / 25);
        refused.ShouldBeGreaterThan(WrittenPapers / 10);
    }

    /// <summary>A refusal's rule without the text it quotes: the words after the field's name.</summary>
    private static string Reason(string message)
    {
        var rule = message[(message.IndexOf(": ", StringComparison.Ordinal) + 2)..];
        return System.Text.RegularExpressions.Regex.Replace(rule, "`[^`]*`|\\(`[^)]*\\)| \\(Parameter 'paper'\\)|\\d+", "…");
    }

    [Fact]
    public void ParsedPapersRoundTripThroughJson() =>
        Generators.Paper.Sample(paper =>
        {
            string text;
            try
            {
                text = Scorecard.ToMarkdown(paper);
            }
            catch (ArgumentException)
            {
                return;
            }
            var parsed = Scorecard.Parse(text);
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

            // One verdict: strict parsing accepts exactly the texts lenient parsing finds no error in.
            Scorecard.TryParse(text, out var paper, out var error).ShouldBe(report.IsValid);
            if (report.IsValid)
            {
                paper.ShouldBe(report.Paper);
                // What `format` does with a valid page: its canonical form reads back as the same paper.
                var canonical = Scorecard.ToText(paper!, report.Rendering);
                Scorecard.Parse(canonical).ShouldBe(paper!, canonical);
                return;
            }
            error.ShouldBe(report.FirstError);
            error!.Severity.ShouldBe(DiagnosticSeverity.Error);
            ShouldPointIntoTheText(error.Span, text);
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
