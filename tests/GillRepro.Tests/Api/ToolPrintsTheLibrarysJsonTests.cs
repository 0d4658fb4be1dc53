using GillRepro.Tests.Support;

namespace GillRepro.Tests.Api;

/// <summary>
/// Library first: what the tool prints as JSON, an app makes through the public API, byte for byte. The
/// app's side uses only what a package user has: Scorecard, PaperCopy, DistinctPapers, CorpusSummary,
/// Labelling, LabellingComparison, Stability, ScoredPaper and ScorecardJson. (tests/consumer/run.sh does
/// the same from the packed package against the installed tool.)
/// </summary>
public class ToolPrintsTheLibrarysJsonTests
{
    private static readonly string Agreement = Path.Combine(Repository.Root, "tests", "GillRepro.Tests", "Agreement", "Sample");

    /// <summary>Every scorecard of the folder's files, in path order, as copies: what the tool reads.</summary>
    private static IEnumerable<PaperCopy> Copies(params string[] folders) => folders
        .SelectMany(folder => Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories))
        .Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal)
        .SelectMany(f => Scorecard.ParseMany(File.ReadAllText(f)).Select(r => PaperCopy.From(r, f)).OfType<PaperCopy>());

    [Theory]
    [InlineData(Grouping.None, "none", null)]
    [InlineData(Grouping.Year, "year", null)]
    [InlineData(Grouping.VenueYear, "venue-year", "code-and-data")]
    [InlineData(Grouping.Affiliation, "affiliation", "documentation")]
    public void The_summary_json_is_the_library_summary_of_the_papers_each_counted_once(Grouping by, string word, string? profile)
    {
        // Both renderings: every paper twice, counted once by the library's rule.
        string[] folders = [Path.Combine(Corpora.SampleDirectory, "markdown"), Path.Combine(Corpora.SampleDirectory, "plain")];
        var summary = CorpusSummary.Of(DistinctPapers.Weigh(Copies(folders)), by, profile is null ? null : ScoringProfile.BuiltIn[profile]);

        var (exit, output, error) = Tool.Run(["summary", .. folders, "--by", word, "--format", "json", "--quiet", .. profile is null ? Array.Empty<string>() : ["--profile", profile]]);

        exit.ShouldBe(0, error);
        output.ShouldBe(ScorecardJson.Serialize(summary) + "\n");
    }

    [Theory]
    [InlineData(Grouping.None, "none")]
    [InlineData(Grouping.VenueYear, "venue-year")]
    public void The_compare_json_of_two_labellings_is_the_library_comparison(Grouping by, string word)
    {
        static Labelling Read(string name)
        {
            var file = Path.Combine(Agreement, name + ".md");
            return new Labelling(name, [.. Scorecard.ParseMany(File.ReadAllText(file)).Select(r => r.Paper!)]);
        }

        var comparison = LabellingComparison.Of(Read("gk2018-run-1"), Read("gk2018-human"), by);

        var (exit, output, error) = Tool.Run("compare", Path.Combine(Agreement, "gk2018-run-1.md"), Path.Combine(Agreement, "gk2018-human.md"), "--by", word, "--format", "json");

        exit.ShouldBe(0, error);
        output.ShouldBe(ScorecardJson.Serialize(comparison) + "\n");
    }

    [Fact]
    public void The_compare_json_of_three_labellings_is_the_library_stability()
    {
        string[] names = ["gk2018-run-1", "gk2018-run-2", "gk2018-run-3"];
        var stability = Stability.Of([.. names.Select(n => new Labelling(n, [.. Scorecard.ParseMany(File.ReadAllText(Path.Combine(Agreement, n + ".md"))).Select(r => r.Paper!)]))]);

        var (exit, output, error) = Tool.Run(["compare", .. names.Select(n => Path.Combine(Agreement, n + ".md")), "--format", "json"]);

        exit.ShouldBe(0, error);
        output.ShouldBe(ScorecardJson.Serialize(stability) + "\n");
    }

    [Fact]
    public void The_score_json_is_the_library_scored_papers_and_each_json_line_one_of_them()
    {
        var folder = Path.Combine(Corpora.SampleDirectory, "markdown");
        var papers = Copies(folder).Select(c => ScoredPaper.Of(c.Paper, c.Source, ScoringProfile.CodeAndData)).ToList();

        var json = Tool.Run("score", folder, "--format", "json", "--profile", "code-and-data");
        var lines = Tool.Run("score", folder, "--format", "jsonl", "--profile", "code-and-data");

        json.Output.ShouldBe(ScorecardJson.Serialize(papers) + "\n");
        lines.Output.ShouldBe(string.Concat(papers.Select(p => ScorecardJson.Serialize(p, indented: false) + "\n")));
    }
}
