using System.Globalization;
using GillRepro.Tests.Support;

namespace GillRepro.Tests.Summary;

/// <summary>
/// The tool's year and venue-year tables against figures known without GillRepro: the corpus README's
/// table, and for the sample the Index's own per-paper scores in its truth.jsonl.
/// </summary>
public class SummaryTableTests
{
    [SkippableFact]
    public void TheVenueYearTablePrintsTheCorpusReadmesFigures()
    {
        var corpus = Corpora.Require(Corpora.Full);

        var (exit, output, _) = Tool.Run("summary", Path.Combine(corpus, "markdown"), "--by", "venue-year");

        exit.ShouldBe(0);
        // The README: AAAI 2014, 390 empirical, 23 both (5.90%), mean D 2.574, mean R 0.2394; NeurIPS 2023,
        // 2974, 1758 (59.11%), 4.054, 0.5996. The table prints R in percent with two decimals.
        output.Split('\n').Take(4).ShouldBe(
        [
            "| venue-year | empirical papers | both code and data | both % | mean R (0.86 / 0.33) % | mean D |",
            "|---|---|---|---|---|---|",
            "| AAAI 2014 | 390 | 23 | 5.90 | 23.94 | 2.574 |",
            "| NeurIPS 2023 | 2974 | 1758 | 59.11 | 59.96 | 4.054 |",
        ]);
    }

    [Fact]
    public void TheYearTableOfTheSampleIsTheIndexsScoresAveraged()
    {
        var truths = Truth.Load(Corpora.SampleDirectory);

        var (exit, output, _) = Tool.Run("summary", Path.Combine(Corpora.SampleDirectory, "markdown"), "--by", "year");

        exit.ShouldBe(0);
        var rows = output.Split('\n').Skip(2).TakeWhile(l => l.StartsWith('|')).ToList();
        rows.Count.ShouldBe(2);
        foreach (var year in new[] { 2014, 2023 })
        {
            var empirical = truths.Where(t => t.Year == year && t.Empirical).ToList();
            var both = empirical.Count(t => t.ReproducibilityScore == 0.86);
            var expected = string.Create(CultureInfo.InvariantCulture,
                $"| {year} | {empirical.Count} | {both} | {100.0 * both / empirical.Count:F2} | {100 * empirical.Average(t => t.ReproducibilityScore):F2} | {empirical.Average(t => t.DocumentationScore):F3} |");
            rows.ShouldContain(expected);
        }
    }
}
