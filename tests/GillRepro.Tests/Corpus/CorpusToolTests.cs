using System.Text.Json;
using GillRepro.Tests.Support;

namespace GillRepro.Tests.Corpus;

/// <summary>The tool over the whole shared corpus; skipped, with the reason, where it is absent.</summary>
public class CorpusToolTests
{
    [SkippableFact]
    public void ScoreJsonLinesOfTheCorpusAgreeWithTruthOnEveryField()
    {
        Skip.If(Repository.CorpusDirectory is null, Repository.CorpusMissingReason);
        var corpus = Repository.CorpusDirectory!;
        var truths = Truth.Load(corpus).ToDictionary(t => t.Slug);

        var (exit, output, error) = Tool.Run("score", Path.Combine(corpus, "markdown"), "--format", "jsonl");

        exit.ShouldBe(0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(3665);
        foreach (var line in lines)
        {
            var root = JsonDocument.Parse(line).RootElement;
            var truth = truths[Path.GetFileNameWithoutExtension(root.GetProperty("file").GetString()!)];
            root.GetProperty("title").GetString().ShouldBe(truth.Title);
            string.Join(", ", root.GetProperty("authors").EnumerateArray().Select(a => a.GetString())).ShouldBe(truth.Authors);
            root.GetProperty("venue").GetString().ShouldBe(truth.Venue);
            root.GetProperty("year").GetInt32().ShouldBe(truth.Year);
            root.GetProperty("results").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!).ShouldBe(truth.Results);
            root.GetProperty("documentationScore").GetInt32().ShouldBe(truth.DocumentationScore);
            root.GetProperty("reproducibilityScore").GetDouble().ShouldBe(truth.ReproducibilityScore);
            root.GetProperty("empirical").GetBoolean().ShouldBe(truth.Empirical);
        }
    }

    [SkippableFact]
    public void FormatCheckOfTheCorpusIsClean()
    {
        Skip.If(Repository.CorpusDirectory is null, Repository.CorpusMissingReason);

        Tool.Run("format", "--check", Path.Combine(Repository.CorpusDirectory!, "markdown")).ShouldBe((0, "", ""));
    }
}
