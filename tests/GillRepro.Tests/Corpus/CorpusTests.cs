using GillRepro.Tests.Support;

namespace GillRepro.Tests.Corpus;

/// <summary>
/// Every real scorecard of the shared corpus (3,665 papers) against the Index's own results. Reported
/// as skipped, with the reason, where <c>../shared/corpus</c> is absent.
/// </summary>
public class CorpusTests
{
    private static readonly Lazy<IReadOnlyList<(Truth Truth, string Text, Paper Paper)>> Papers = new(Load);

    private static IReadOnlyList<(Truth, string, Paper)> Load()
    {
        var corpus = Repository.CorpusDirectory!;
        return Truth.Load(corpus)
            .AsParallel().AsOrdered()
            .Select(truth =>
            {
                var text = File.ReadAllText(truth.MarkdownPath(corpus));
                Scorecard.TryParse(text, out var paper, out var error)
                    .ShouldBeTrue($"{truth.MarkdownPath(corpus)}:{error?.Span.Line}:{error?.Span.Column}: {error?.Message}");
                return (truth, text, paper!);
            })
            .ToList();
    }

    private static IReadOnlyList<(Truth Truth, string Text, Paper Paper)> RequireCorpus()
    {
        Skip.If(Repository.CorpusDirectory is null, Repository.CorpusMissingReason);
        return Papers.Value;
    }

    [SkippableFact]
    public void EveryCorpusScorecardParsesWithTheIndexsResults()
    {
        var papers = RequireCorpus();

        papers.Count.ShouldBe(3665);
        foreach (var (truth, _, paper) in papers)
        {
            paper.Title.ShouldBe(truth.Title, truth.Slug);
            string.Join(", ", paper.Authors).ShouldBe(truth.Authors, truth.Slug);
            paper.Venue.ShouldBe(new Venue(truth.Venue, truth.Year), truth.Slug);
            paper.Variables.ToDictionary(v => v.Name, v => v.Result.Text).ShouldBe(truth.Results, truth.Slug);
            paper.Variables.ShouldAllBe(v => v.Kind != VariableKind.Unknown, truth.Slug);
        }
    }

    [SkippableFact]
    public void EveryCorpusScorecardScoresAsTheIndexDoes()
    {
        foreach (var (truth, _, paper) in RequireCorpus())
        {
            var score = Scorecard.Score(paper);
            score.DocumentationScore.ShouldBe(truth.DocumentationScore, truth.Slug);
            score.ReproducibilityScore.ShouldBe(truth.ReproducibilityScore, truth.Slug);
            score.IsEmpirical.ShouldBe(truth.Empirical, truth.Slug);
        }
    }

    [SkippableFact]
    public void EveryCorpusScorecardRoundTripsByteForByte()
    {
        foreach (var (truth, text, paper) in RequireCorpus())
        {
            var written = Scorecard.ToMarkdown(paper);
            if (written != text)
            {
                var at = written.Zip(text).TakeWhile(p => p.First == p.Second).Count();
                throw new Xunit.Sdk.XunitException($"{truth.Slug} differs from character {at}: wrote `{written.Substring(at, Math.Min(40, written.Length - at))}`");
            }
        }
    }

    [SkippableFact]
    public void EveryCorpusScorecardRoundTripsThroughJson()
    {
        foreach (var (truth, _, paper) in RequireCorpus())
        {
            ScorecardJson.DeserializePaper(ScorecardJson.Serialize(paper, indented: false)).ShouldBe(paper, truth.Slug);
        }
    }

    [SkippableFact]
    public void EveryEvidenceSpanPointsAtItsTextInTheSource()
    {
        foreach (var (truth, text, paper) in RequireCorpus())
        {
            foreach (var variable in paper.Variables)
            {
                var span = variable.Evidence.Span;
                text.AsSpan(span.Offset, span.Length).SequenceEqual(variable.Evidence.Text).ShouldBeTrue(truth.Slug);
            }
        }
    }

    [SkippableTheory]
    [InlineData("AAAI", 2014, 447, 390, 23, 2.574, 3, 0.2394)]
    [InlineData("NeurIPS", 2023, 3218, 2974, 1758, 4.054, 4, 0.5996)]
    public void VenueYearFiguresMatchTheCorpusReadme(string venue, int year, int papers, int empirical, int both, double meanD, double medianD, double meanR)
    {
        var group = Scorecard.ScoreGroup(RequireCorpus().Where(p => p.Truth.Venue == venue && p.Truth.Year == year).Select(p => p.Paper));

        group.Papers.ShouldBe(papers);
        group.EmpiricalPapers.ShouldBe(empirical);
        group.BothCodeAndData.ShouldBe(both);
        Math.Round(group.BothCodeAndDataShare * 100, 2).ShouldBe(Math.Round(100.0 * both / empirical, 2));
        Math.Round(group.MeanDocumentationScore, 3).ShouldBe(meanD);
        group.MedianDocumentationScore.ShouldBe(medianD);
        Math.Round(group.MeanReproducibilityScore, 4).ShouldBe(meanR);
        group.ReproducibilityLow.ShouldBeLessThan(group.MeanReproducibilityScore);
        group.ReproducibilityHigh.ShouldBeGreaterThan(group.MeanReproducibilityScore);
        group.DocumentationScoreCounts.Sum().ShouldBe(empirical);
    }
}
