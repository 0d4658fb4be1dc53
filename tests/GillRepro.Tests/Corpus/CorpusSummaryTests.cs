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
        groups.Select(g => g.GetProperty("key").GetString()).ShouldBe(["AAAI 2014", "NeurIPS 2023"]);
        foreach (var group in groups)
        {
            var key = group.GetProperty("key").GetString()!;
            var papers = truths.Where(t => $"{t.Venue} {t.Year}" == key).ToList();
            var empirical = papers.Where(t => t.Empirical).ToList();
            var both = empirical.Count(t => t.Results["Open Source Code"] == "Yes" && t.Results["Open Datasets"] == "Yes");

            group.GetProperty("papers").GetInt32().ShouldBe(papers.Count);
            group.GetProperty("empirical").GetInt32().ShouldBe(empirical.Count);
            group.GetProperty("bothCodeAndData").GetInt32().ShouldBe(both);
            group.GetProperty("bothCodeAndDataPercent").GetDouble().ShouldBe(100.0 * both / empirical.Count, 1e-9);
            group.GetProperty("reproducibilityPercent").GetDouble().ShouldBe(100 * empirical.Average(t => t.ReproducibilityScore), 1e-9);
            group.GetProperty("meanDocumentationScore").GetDouble().ShouldBe(empirical.Average(t => t.DocumentationScore), 1e-9);
            group.GetProperty("documentationScoreCounts").EnumerateArray().Select(c => c.GetInt32())
                .ShouldBe(Enumerable.Range(0, 8).Select(d => empirical.Count(t => t.DocumentationScore == d)));
            group.GetProperty("variablePercent").GetProperty("Open Datasets").GetDouble()
                .ShouldBe(100.0 * empirical.Count(t => t.Results["Open Datasets"] == "Yes") / empirical.Count, 1e-9);
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
