using System.Text.Json;
using GillRepro.Tests.Support;

namespace GillRepro.Tests.Corpus;

/// <summary>The tool over the sample, and over the whole shared corpus where it is present.</summary>
public class CorpusToolTests
{
    [SkippableTheory]
    [MemberData(nameof(Corpora.Names), MemberType = typeof(Corpora))]
    public void ScoreJsonLinesOfTheCorpusAgreeWithTruthOnEveryField(string which)
    {
        var corpus = Corpora.Require(which);
        var truths = Truth.Load(corpus).ToDictionary(t => t.Slug);

        var (exit, output, error) = Tool.Run("score", Path.Combine(corpus, "markdown"), "--format", "jsonl");

        exit.ShouldBe(0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(Corpora.Papers(which));
        foreach (var line in lines)
        {
            var root = JsonDocument.Parse(line).RootElement;
            var truth = truths[Path.GetFileNameWithoutExtension(root.GetProperty("source").GetString()!)];
            root.GetProperty("title").GetString().ShouldBe(truth.Title);
            string.Join(", ", root.GetProperty("authors").EnumerateArray().Select(a => a.GetString())).ShouldBe(truth.Authors);
            root.GetProperty("venue").GetProperty("name").GetString().ShouldBe(truth.Venue);
            root.GetProperty("venue").GetProperty("year").GetInt32().ShouldBe(truth.Year);
            root.GetProperty("results").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!).ShouldBe(truth.Results);
            root.GetProperty("score").GetProperty("documentationScore").GetInt32().ShouldBe(truth.DocumentationScore);
            root.GetProperty("score").GetProperty("reproducibilityScore").GetDouble().ShouldBe(truth.ReproducibilityScore);
            root.GetProperty("score").GetProperty("isEmpirical").GetBoolean().ShouldBe(truth.Empirical);
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Corpora.Names), MemberType = typeof(Corpora))]
    public void FormatCheckOfTheCorpusIsClean(string which)
    {
        var corpus = Corpora.Require(which);

        Tool.Run("format", "--check", Path.Combine(corpus, "markdown"), Path.Combine(corpus, "plain")).ShouldBe((0, "", ""));
    }
}
