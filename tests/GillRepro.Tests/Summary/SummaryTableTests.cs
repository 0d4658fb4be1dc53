using System.Globalization;
using GillRepro.Cli.Output;
using GillRepro.Tests.Support;

namespace GillRepro.Tests.Summary;

/// <summary>
/// The Index's year table (docs/scoring.md, "Check values") drives this test: a corpus with each year's
/// figures is built, summarised by year, and the tool's first table must be the document's, line for line.
/// </summary>
public class SummaryTableTests
{
    private static readonly string[] DocumentTable = File.ReadAllLines(Path.Combine(Repository.Root, "docs", "scoring.md"))
        .SkipWhile(l => !l.StartsWith("| year | empirical papers", StringComparison.Ordinal))
        .TakeWhile(l => l.StartsWith('|'))
        .ToArray();

    /// <summary>A corpus whose years have the table's figures, plus theoretical papers that must not count.</summary>
    public static IEnumerable<Paper> CorpusOf(IEnumerable<string> rows)
    {
        foreach (var row in rows)
        {
            var cells = row.Trim('|').Split('|').Select(c => c.Trim()).ToArray();
            var year = int.Parse(cells[0], CultureInfo.InvariantCulture);
            var empirical = int.Parse(cells[1], CultureInfo.InvariantCulture);
            var both = int.Parse(cells[2], CultureInfo.InvariantCulture);

            // The data-only count and the total Documentation Score that print as the row's figures.
            var dataOnly = Enumerable.Range(0, empirical - both + 1)
                .First(d => ((0.86 * both + 0.33 * d) / empirical * 100).ToString("F2", CultureInfo.InvariantCulture) == cells[4]);
            var total = Enumerable.Range(2 * both + dataOnly, 7 * empirical)
                .First(t => ((double)t / empirical).ToString("F3", CultureInfo.InvariantCulture) == cells[5]);

            var extra = total - (2 * both + dataOnly);
            for (var i = 0; i < empirical; i++)
            {
                var code = i < both;
                var data = i < both + dataOnly;
                var extras = Math.Min(5, extra);
                extra -= extras;
                yield return Papers.Make("Index", year, empirical: true, code: code, data: data, extras: extras);
            }
            extra.ShouldBe(0);
            for (var i = 0; i < 10; i++) yield return Papers.Make("Index", year, empirical: false, code: true, data: true, extras: 5);
        }
    }

    [Fact]
    public void TheYearTableOfTheIndexIsPrintedExactly()
    {
        DocumentTable.Length.ShouldBe(13);
        var summary = Scorecard.Summarize(CorpusOf(DocumentTable.Skip(2)), GroupBy.Year);
        using var output = new StringWriter();

        SummaryOutput.WriteTables(output, summary, files: summary.Papers, skipped: 0);

        output.ToString().Split('\n').Take(13).ShouldBe(DocumentTable);
        summary.Groups.Sum(g => g.Score.EmpiricalPapers).ShouldBe(52_328);
    }
}
