using System.Text.Json;
using GillRepro.Tests.Support;

namespace GillRepro.Tests.Corpus;

/// <summary>gillrepro summary over the sample, and over the shared corpus where it is present.</summary>
public class CorpusSummaryTests
{
    private static string Markdown(string which) => Path.Combine(Corpora.Require(which), "markdown");

    [SkippableTheory]
    [MemberData(nameof(Corpora.Names), MemberType = typeof(Corpora))]
    public void SummaryAgreesWithTruthForBothVenueYears(string which)
    {
        var folder = Markdown(which);
        var truths = Truth.Load(Corpora.Require(which));

        var (exit, output, _) = Tool.Run("summary", folder, "--by", "venue-year", "--format", "json");

        exit.ShouldBe(0);
        var groups = JsonDocument.Parse(output).RootElement.GetProperty("groups").EnumerateArray().ToList();
        groups.Select(g => g.GetProperty("key").GetProperty("text").GetString()).ShouldBe(["AAAI 2014", "NeurIPS 2023"]);
        foreach (var group in groups)
        {
            var (venue, year) = (group.GetProperty("key").GetProperty("venue").GetString(), group.GetProperty("key").GetProperty("year").GetInt32());
            var papers = truths.Where(t => t.Venue == venue && t.Year == year).ToList();
            var empirical = papers.Where(t => t.Empirical).ToList();
            var both = empirical.Count(t => t.Results["Open Source Code"] == "Yes" && t.Results["Open Datasets"] == "Yes");
            var score = group.GetProperty("score");

            score.GetProperty("papers").GetInt32().ShouldBe(papers.Count);
            score.GetProperty("empiricalPapers").GetInt32().ShouldBe(empirical.Count);
            score.GetProperty("bothCodeAndData").GetProperty("count").GetInt32().ShouldBe(both);
            score.GetProperty("bothCodeAndData").GetProperty("share").GetDouble().ShouldBe((double)both / empirical.Count, 1e-12);
            score.GetProperty("meanReproducibilityScore").GetDouble().ShouldBe(empirical.Average(t => t.ReproducibilityScore), 1e-12);
            score.GetProperty("meanDocumentationScore").GetDouble().ShouldBe(empirical.Average(t => t.DocumentationScore), 1e-12);
            score.GetProperty("documentationScoreCounts").EnumerateArray().Select(c => c.GetInt32())
                .ShouldBe(Enumerable.Range(0, 8).Select(d => empirical.Count(t => t.DocumentationScore == d)));
            var datasets = score.GetProperty("variables").EnumerateArray().Single(v => v.GetProperty("variable").GetString() == "Open Datasets").GetProperty("proportion");
            datasets.GetProperty("count").GetInt32().ShouldBe(empirical.Count(t => t.Results["Open Datasets"] == "Yes"));
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Corpora.Names), MemberType = typeof(Corpora))]
    public void CorpusSummaryTableMatchesTheApprovedSnapshot(string which) =>
        Tool.Run("summary", Markdown(which), "--by", "venue-year").Output.ShouldMatchSnapshot(discriminator: which);

    [SkippableTheory]
    [MemberData(nameof(Corpora.Names), MemberType = typeof(Corpora))]
    public void CorpusSummaryJsonMatchesTheApprovedSnapshot(string which) =>
        Tool.Run("summary", Markdown(which), "--by", "affiliation", "--format", "json").Output.ShouldMatchSnapshot(discriminator: which);

    [SkippableTheory]
    [MemberData(nameof(Corpora.Names), MemberType = typeof(Corpora))]
    public void CorpusSummaryCsvMatchesTheApprovedSnapshot(string which) =>
        Tool.Run("summary", Markdown(which), "--by", "year", "--format", "csv").Output.ShouldMatchSnapshot(discriminator: which);
}
