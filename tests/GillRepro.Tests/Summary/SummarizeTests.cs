using GillRepro.Tests.Support;

namespace GillRepro.Tests.Summary;

public class SummarizeTests
{
    private static readonly Paper[] Corpus =
    [
        Papers.Make("NeurIPS", 2023, empirical: true, code: true, data: true, extras: 3),
        Papers.Make("NeurIPS", 2023, empirical: true, code: false, data: true, extras: 1, affiliation: "Industry"),
        Papers.Make("AAAI", 2014, empirical: true, code: false, data: false, affiliation: "Collaboration"),
        Papers.Make("AAAI", 2014, empirical: false, code: true, data: true, extras: 5),
        Papers.Make("ICML", 2023, empirical: true, code: true, data: true, extras: 5, affiliation: "-1"),
    ];

    [Theory]
    [InlineData(GroupBy.None, new[] { "all" })]
    [InlineData(GroupBy.Year, new[] { "2014", "2023" })]
    [InlineData(GroupBy.Venue, new[] { "AAAI", "ICML", "NeurIPS" })]
    [InlineData(GroupBy.VenueYear, new[] { "AAAI 2014", "ICML 2023", "NeurIPS 2023" })]
    [InlineData(GroupBy.Affiliation, new[] { "academia", "industry", "unknown" })]
    public void GroupsAreKeyedAndOrderedAsDocumented(GroupBy by, string[] keys)
    {
        var summary = Scorecard.Summarize(Corpus, by);

        summary.By.ShouldBe(by);
        summary.Groups.Select(g => g.Key).ShouldBe(keys);
        summary.Papers.ShouldBe(5);
    }

    [Fact]
    public void YearsSortByNumberNotText()
    {
        var papers = new[] { 2024, 999, 2014 }.Select(y => Papers.Make("V", y, true, false, false));

        Scorecard.Summarize(papers, GroupBy.Year).Groups.Select(g => g.Key).ShouldBe(["999", "2014", "2024"]);
    }

    [Fact]
    public void TheoreticalPapersCountAsPapersAndEnterNoOtherFigure()
    {
        var aaai = Scorecard.Summarize(Corpus, GroupBy.Venue).Groups[0].Score;

        aaai.Papers.ShouldBe(2);
        aaai.EmpiricalPapers.ShouldBe(1);
        aaai.BothCodeAndData.ShouldBe(0);
        aaai.MeanDocumentationScore.ShouldBe(0);
        aaai.DocumentationScoreCounts.ShouldBe([1, 0, 0, 0, 0, 0, 0, 0]);
    }

    [Fact]
    public void AGroupsFiguresAreItsPapersFigures()
    {
        var neurips = Scorecard.Summarize(Corpus, GroupBy.VenueYear).Groups.Single(g => g.Key == "NeurIPS 2023").Score;

        neurips.ShouldBe(Scorecard.ScoreGroup(Corpus.Take(2)));
        neurips.BothCodeAndDataShare.ShouldBe(0.5);
        neurips.MeanReproducibilityScore.ShouldBe((0.86 + 0.33) / 2, 1e-12);
        neurips.MeanDocumentationScore.ShouldBe((5 + 2) / 2.0);
    }

    [Fact]
    public void TheIntervalIsTheWilsonBoundsOfTheBaseRatesCarriedLinearly()
    {
        // 10 empirical papers: 3 with code and data, 2 with data only. By hand:
        // Wilson 95% of 6/7 = [0.48687, 0.97432], of 5/15 = [0.15183, 0.58282];
        // low = 0.3 * 0.48687 + 0.2 * 0.15183 = 0.17643, high = 0.3 * 0.97432 + 0.2 * 0.58282 = 0.40886.
        var papers = Enumerable.Range(0, 10).Select(i => Papers.Make("V", 2020, true, code: i < 3, data: i < 5));

        var score = Scorecard.Summarize(papers).Groups.Single().Score;

        score.MeanReproducibilityScore.ShouldBe(0.3 * 0.86 + 0.2 * 0.33, 1e-12);
        score.ReproducibilityLow.ShouldBe(0.17643, 5e-5);
        score.ReproducibilityHigh.ShouldBe(0.40886, 5e-5);
    }

    [Fact]
    public void PapersAreReadOnceAndStreamed()
    {
        var reads = 0;
        IEnumerable<Paper> Stream()
        {
            for (var i = 0; i < 100_000; i++)
            {
                reads++;
                yield return Papers.Make("V", 2000 + i % 3, true, i % 2 == 0, true);
            }
        }

        var summary = Scorecard.Summarize(Stream(), GroupBy.Year);

        reads.ShouldBe(100_000);
        summary.Groups.Sum(g => g.Score.BothCodeAndData).ShouldBe(50_000);
    }
}
