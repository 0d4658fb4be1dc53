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
    [InlineData(Grouping.None, new[] { "all" })]
    [InlineData(Grouping.Year, new[] { "2014", "2023" })]
    [InlineData(Grouping.Venue, new[] { "AAAI", "ICML", "NeurIPS" })]
    [InlineData(Grouping.VenueYear, new[] { "AAAI 2014", "ICML 2023", "NeurIPS 2023" })]
    [InlineData(Grouping.Affiliation, new[] { "academia", "industry", "unknown" })]
    public void GroupsAreKeyedAndOrderedAsDocumented(Grouping by, string[] keys)
    {
        var summary = CorpusSummary.Of(Corpus, by);

        summary.By.ShouldBe(by);
        summary.Groups.Select(g => g.Key.Text).ShouldBe(keys);
        summary.Papers.ShouldBe(5);
    }

    [Fact]
    public void YearsSortByNumberNotText()
    {
        var papers = new[] { 2024, 999, 2014 }.Select(y => Papers.Make("V", y, true, false, false));

        var keys = CorpusSummary.Of(papers, Grouping.Year).Groups.Select(g => g.Key).ToList();
        keys.Select(k => k.Year).ShouldBe([999, 2014, 2024]);
        keys.Select(k => k.Text).ShouldBe(["999", "2014", "2024"]);
        keys.ShouldAllBe(k => k.Venue == null && k.Affiliation == null);
    }

    [Fact]
    public void TheoreticalPapersCountAsPapersAndEnterNoOtherFigure()
    {
        var aaai = CorpusSummary.Of(Corpus, Grouping.Venue).Groups[0].Score;

        aaai.Papers.ShouldBe(2);
        aaai.EmpiricalPapers.ShouldBe(1);
        aaai.BothCodeAndData.Count.ShouldBe(0);
        aaai.MeanDocumentationScore.ShouldBe(0);
        aaai.DocumentationScoreCounts.ShouldBe([1, 0, 0, 0, 0, 0, 0, 0]);
    }

    [Fact]
    public void AGroupsFiguresAreItsPapersFigures()
    {
        var neurips = CorpusSummary.Of(Corpus, Grouping.VenueYear).Groups.Single(g => g.Key.Text == "NeurIPS 2023").Score;

        neurips.ShouldBe(GroupScore.Of(Corpus.Take(2)));
        neurips.BothCodeAndData.Share.ShouldBe(0.5);
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

        var score = CorpusSummary.Of(papers).Groups.Single().Score;

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

        var summary = CorpusSummary.Of(Stream(), Grouping.Year);

        reads.ShouldBe(100_000);
        summary.Groups.Sum(g => g.Score.BothCodeAndData.Count).ShouldBe(50_000);
    }
}
