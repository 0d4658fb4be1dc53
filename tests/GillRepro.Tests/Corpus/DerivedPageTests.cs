using GillRepro.Tests.Support;

namespace GillRepro.Tests.Corpus;

/// <summary>
/// Quirks of the live site that the corpus does not hold (Sample/derived: no notice, an older notice, a
/// JAIR venue, four link labels, no authors, N/A, -1, empty evidence), each a real page changed once.
/// </summary>
public class DerivedPageTests
{
    private static readonly string Folder = Path.Combine(Corpora.SampleDirectory, "derived");

    public static TheoryData<string> Slugs => [.. Truth.Load(Folder).Select(t => t.Slug)];

    private static (Truth Truth, string Text) Page(string slug)
    {
        var truth = Truth.Load(Folder).Single(t => t.Slug == slug);
        return (truth, File.ReadAllText(Path.Combine(Folder, slug + ".md")));
    }

    [Theory]
    [MemberData(nameof(Slugs))]
    public void EachDerivedPageParsesStrictlyWithItsResultsAndScores(string slug)
    {
        var (truth, text) = Page(slug);

        var paper = Scorecard.Parse(text);

        paper.Title.ShouldBe(truth.Title);
        string.Join(", ", paper.Authors).ShouldBe(truth.Authors);
        paper.Venue.ShouldBe(new Venue(truth.Venue, truth.Year));
        paper.Variables.ToDictionary(v => v.Name, v => v.Result.Text).ShouldBe(truth.Results);
        var score = Scorecard.Score(paper);
        score.DocumentationScore.ShouldBe(truth.DocumentationScore);
        score.ReproducibilityScore.ShouldBe(truth.ReproducibilityScore);
        score.IsEmpirical.ShouldBe(truth.Empirical);
    }

    [Theory]
    [MemberData(nameof(Slugs))]
    public void EachDerivedPageIsCanonicalAndRoundTripsByteForByte(string slug)
    {
        var (_, text) = Page(slug);

        Scorecard.ToMarkdown(Scorecard.Parse(text)).ShouldBe(text);
    }

    [Fact]
    public void APageWithoutAuthorsIsWrittenAuthorsColonSpaceAsTheIndexWritesIt()
    {
        var (_, text) = Page(Truth.Load(Folder).Single(t => t.Slug.StartsWith("no-authors__", StringComparison.Ordinal)).Slug);

        text.Split('\n')[2].ShouldBe("Authors: ");
        Scorecard.Parse(text).Authors.ShouldBeEmpty();
        Tool.Run("format", "--check", Folder).ShouldBe((0, "", ""));
    }

    [Fact]
    public void NotAvailableAndMinusOneAreKeptAndReportedAsUnrecognizedWords()
    {
        foreach (var prefix in new[] { "not-available__", "unknown-affiliation__" })
        {
            var (_, text) = Page(Truth.Load(Folder).Single(t => t.Slug.StartsWith(prefix, StringComparison.Ordinal)).Slug);
            var report = Scorecard.ParseLenient(text);

            report.IsValid.ShouldBeTrue();
            report.Diagnostics.Where(d => d.Code != DiagnosticCodes.ControlCharacter).Select(d => d.Code).ShouldBe([DiagnosticCodes.UnrecognizedResult]);
        }
    }
}
