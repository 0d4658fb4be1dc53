using GillRepro.Tests.Support;

namespace GillRepro.Tests.Corpus;

/// <summary>
/// Every real scorecard of the checked-in sample (215 papers) and of the shared corpus (3,665, where it is
/// present) against the Index's own results.
/// </summary>
public class CorpusTests
{
    private static readonly Dictionary<string, Lazy<IReadOnlyList<(Truth Truth, string Text, Paper Paper)>>> Loaded = new()
    {
        [Corpora.Sample] = new(() => Load(Corpora.SampleDirectory)),
        [Corpora.Full] = new(() => Load(Repository.CorpusDirectory!)),
    };

    private static IReadOnlyList<(Truth, string, Paper)> Load(string corpus)
    {
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

    private static IReadOnlyList<(Truth Truth, string Text, Paper Paper)> RequireCorpus(string which)
    {
        Corpora.Require(which);
        return Loaded[which].Value;
    }

    [SkippableTheory]
    [MemberData(nameof(Corpora.Names), MemberType = typeof(Corpora))]
    public void EveryCorpusScorecardParsesWithTheIndexsResults(string which)
    {
        var papers = RequireCorpus(which);

        papers.Count.ShouldBe(Corpora.Papers(which));
        foreach (var (truth, _, paper) in papers)
        {
            paper.Title.ShouldBe(truth.Title, truth.Slug);
            string.Join(", ", paper.Authors).ShouldBe(truth.Authors, truth.Slug);
            paper.Venue.ShouldBe(new Venue(truth.Venue, truth.Year), truth.Slug);
            paper.Variables.ToDictionary(v => v.Name, v => v.Result.Text).ShouldBe(truth.Results, truth.Slug);
            paper.Variables.ShouldAllBe(v => v.Kind != VariableKind.Unknown, truth.Slug);
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Corpora.Names), MemberType = typeof(Corpora))]
    public void EveryCorpusScorecardScoresAsTheIndexDoes(string which)
    {
        foreach (var (truth, _, paper) in RequireCorpus(which))
        {
            var score = Scorecard.Score(paper);
            score.DocumentationScore.ShouldBe(truth.DocumentationScore, truth.Slug);
            score.ReproducibilityScore.ShouldBe(truth.ReproducibilityScore, truth.Slug);
            score.IsEmpirical.ShouldBe(truth.Empirical, truth.Slug);
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Corpora.Names), MemberType = typeof(Corpora))]
    public void EveryCorpusScorecardRoundTripsByteForByte(string which)
    {
        foreach (var (truth, text, paper) in RequireCorpus(which))
        {
            var written = Scorecard.ToMarkdown(paper);
            if (written != text)
            {
                var at = written.Zip(text).TakeWhile(p => p.First == p.Second).Count();
                throw new Xunit.Sdk.XunitException($"{truth.Slug} differs from character {at}: wrote `{written.Substring(at, Math.Min(40, written.Length - at))}`");
            }
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Corpora.Names), MemberType = typeof(Corpora))]
    public void EveryCorpusScorecardRoundTripsThroughJson(string which)
    {
        foreach (var (truth, _, paper) in RequireCorpus(which))
        {
            ScorecardJson.DeserializePaper(ScorecardJson.Serialize(paper, indented: false)).ShouldBe(paper, truth.Slug);
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Corpora.Names), MemberType = typeof(Corpora))]
    public void EveryEvidenceSpanPointsAtItsTextInTheSource(string which)
    {
        foreach (var (truth, text, paper) in RequireCorpus(which))
        {
            foreach (var variable in paper.Variables)
            {
                var span = variable.Evidence.Span;
                text.AsSpan(span.Offset, span.Length).SequenceEqual(variable.Evidence.Text).ShouldBeTrue(truth.Slug);
            }
        }
    }

    /// <summary>The figures the corpus README prints, as it prints them (both %, mean D to three decimals, mean R to four).</summary>
    [SkippableTheory]
    [InlineData("AAAI", 2014, 447, 390, 23, 5.90, 2.574, 3, 0.2394)]
    [InlineData("NeurIPS", 2023, 3218, 2974, 1758, 59.11, 4.054, 4, 0.5996)]
    public void VenueYearFiguresMatchTheCorpusReadme(string venue, int year, int papers, int empirical, int both, double bothPercent, double meanD, double medianD, double meanR)
    {
        var group = GroupScore.Of(RequireCorpus(Corpora.Full).Where(p => p.Truth.Venue == venue && p.Truth.Year == year).Select(p => p.Paper));

        group.Papers.ShouldBe(papers);
        group.EmpiricalPapers.ShouldBe(empirical);
        (group.BothCodeAndData.Count, group.BothCodeAndData.Total).ShouldBe((both, empirical));
        Math.Round(group.BothCodeAndData.Share * 100, 2).ShouldBe(bothPercent);
        Math.Round(group.MeanDocumentationScore, 3).ShouldBe(meanD);
        group.MedianDocumentationScore.ShouldBe(medianD);
        Math.Round(group.MeanReproducibilityScore, 4).ShouldBe(meanR);
        group.ReproducibilityLow.ShouldBeLessThan(group.MeanReproducibilityScore);
        group.ReproducibilityHigh.ShouldBeGreaterThan(group.MeanReproducibilityScore);
        group.DocumentationScoreCounts.Sum().ShouldBe(empirical);
    }
}
