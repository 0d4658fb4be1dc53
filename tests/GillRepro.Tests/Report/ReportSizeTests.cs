using System.Text;
using System.Text.Json;
using GillRepro.Cli.Report;
using GillRepro.Tests.Support;
using Xunit.Abstractions;

namespace GillRepro.Tests.Report;

/// <summary>
/// The report at the Index's size: 56,800 papers (real pages, each made a paper of its own by its title)
/// make a page that mails as an attachment, and the page's embedded papers keep every field.
/// </summary>
public sealed class ReportSizeTests(ITestOutputHelper output)
{
    /// <summary>The Index's papers: AAAI, ICLR, ICML, IJCAI and NeurIPS, 2014 to 2024.</summary>
    public const int IndexPapers = 56_800;

    /// <summary>What mails as an attachment: 16 MB, counted in millions of bytes (the stricter reading).</summary>
    private const long Attachment = 16_000_000;

    /// <summary>
    /// <see cref="IndexPapers"/> papers from the real pages (the corpus where it is, else the sample), each
    /// page again under a title of its own and with a file name as a corpus folder gives it.
    /// </summary>
    internal static List<(string File, Paper Paper)> IndexSizedCorpus()
    {
        var folder = Path.Combine(Repository.CorpusDirectory ?? Corpora.SampleDirectory, "markdown");
        var pages = Directory.GetFiles(folder, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => (File: Path.GetRelativePath(folder, f), Paper: Scorecard.Parse(File.ReadAllText(f)))).ToList();
        return [.. Enumerable.Range(0, IndexPapers).Select(i =>
        {
            var (file, paper) = pages[i % pages.Count];
            var round = i / pages.Count;
            return round == 0 ? (file, paper) : (file.Replace(".md", $"-{round}.md", StringComparison.Ordinal), paper with { Title = $"{paper.Title} ({round})" });
        })];
    }

    /// <summary>The report of <paramref name="papers"/>, as <c>gillrepro report</c> writes it.</summary>
    internal static async Task<string> Report(IReadOnlyList<(string File, Paper Paper)> papers)
    {
        using var writer = new StringWriter();
        await ReportBuilder.WriteAsync(writer, papers, ScoringProfile.CodeAndData, null);
        return writer.ToString();
    }

    [Fact]
    public async Task A_report_of_the_Index_size_mails_as_an_attachment_and_keeps_every_field_of_every_paper()
    {
        var papers = IndexSizedCorpus();

        var html = await Report(papers);

        var bytes = Encoding.UTF8.GetByteCount(html);
        output.WriteLine($"The report of {IndexPapers:N0} papers: {bytes:N0} bytes");
        ((long)bytes).ShouldBeLessThanOrEqualTo(Attachment);
        var start = html.IndexOf("<script type=\"application/json\" id=\"papers\">", StringComparison.Ordinal);
        start.ShouldBeGreaterThan(0);
        start = html.IndexOf('>', start) + 1;
        using var json = JsonDocument.Parse(html[start..html.IndexOf("</script>", start, StringComparison.Ordinal)]);
        var root = json.RootElement;
        root.GetProperty("columns").EnumerateArray().Select(c => c.GetString()).ShouldBe(
            ["title", "authors", "venue", "year", "results", "documentationScore", "reproducibilityScore", "empirical", "complete", "folder", "file"]);
        var words = root.GetProperty("results").EnumerateArray().Select(w => w.GetString()).ToArray();
        var folders = root.GetProperty("folders").EnumerateArray().Select(w => w.GetString()).ToArray();
        var data = root.GetProperty("data");
        data.GetArrayLength().ShouldBe(IndexPapers);
        foreach (var i in new[] { 0, 1, 12_345, IndexPapers - 1 })
        {
            var (file, paper) = papers[i];
            var score = Scorecard.Score(paper);
            var row = data[i];
            row[0].GetString().ShouldBe(paper.Title);
            row[1].GetString().ShouldBe(string.Join(", ", paper.Authors));
            (row[2].GetString(), row[3].GetInt32()).ShouldBe((paper.Venue.Name, paper.Venue.Year));
            row[4].GetString()!.Select(c => c == '-' ? null : words[ReportPapers.Digits.IndexOf(c)])
                .ShouldBe(VariableCatalog.All.Select(v => paper.Find(v.Kind)?.Result.Text));
            (row[5].GetInt32(), row[6].GetDouble(), row[7].GetInt32() == 1, row[8].GetInt32() == 1).ShouldBe((score.DocumentationScore, score.ReproducibilityScore, score.IsEmpirical, score.IsComplete));
            (folders[row[9].GetInt32()] + row[10].GetString()).ShouldBe(file);
        }
    }

    [Fact]
    public void Results_beyond_the_digits_are_written_as_numbers_and_missing_ones_as_null()
    {
        var seed = Scorecard.Parse(Repository.SeedText);
        // More odd results than there are digits, as a damaged corpus read leniently may hold.
        var papers = Enumerable.Range(0, ReportPapers.Digits.Length + 5).Select(i => ($"odd/{i}.md",
            seed with { Title = $"Paper {i}", Variables = [.. seed.Variables.Skip(1).Select(v => v.Name == "Pseudocode" ? v with { Result = new Result($"odd {i}") } : v)] })).ToList();

        using var json = JsonDocument.Parse(ReportPapers.Json(papers));

        var row = json.RootElement.GetProperty("data")[3];
        row[4].ValueKind.ShouldBe(JsonValueKind.Array);
        row[4][0].ValueKind.ShouldBe(JsonValueKind.Null);   // no Research Type row
        json.RootElement.GetProperty("results")[row[4][2].GetInt32()].GetString().ShouldBe("odd 3");
    }

    [Fact]
    public void The_tallest_D_bar_has_room_above_it_for_its_count()
    {
        var all = GroupScore.Of(IndexSizedCorpus().Take(3_000).Select(p => p.Paper));

        var plot = ReportBuilder.DistributionPlot(all);

        // The label stands on the bar: a tenth of the axis above the tallest is room for it.
        plot.Axes.GetLimits().Top.ShouldBeGreaterThanOrEqualTo(all.DocumentationScoreCounts.Max() * 1.1);
    }
}
