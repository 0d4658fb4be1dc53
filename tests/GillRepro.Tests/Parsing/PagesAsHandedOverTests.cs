using System.Text;
using GillRepro.Tests.Support;

namespace GillRepro.Tests.Parsing;

/// <summary>
/// Pages as users hand them over: with a blank line an editor added, a browser's footer, site navigation
/// above the title, a neighbour joined by <c>cat</c>, through a stream. Each gives the papers of the clean
/// page, equal by content, with at most a warning saying what was passed over.
/// </summary>
public class PagesAsHandedOverTests
{
    private static readonly string Markdown = Repository.SeedText;
    private static readonly string Plain = Scorecard.ToPlainText(Scorecard.Parse(Repository.SeedText));
    private static readonly Paper Gill = Scorecard.Parse(Repository.SeedText);

    public static TheoryData<string, string> Endings => new()
    {
        { "markdown", "\n" }, { "markdown", "\n\n" }, { "markdown", "\r\n\r\n" }, { "markdown", "\n \n" }, { "markdown", "\r\r" }, { "markdown", "\n\t\n  " },
        { "plain", "\n" }, { "plain", "\n\n" }, { "plain", "\r\n\r\n" }, { "plain", "\n \n" }, { "plain", "\r\r" }, { "plain", "\n\t\n  " },
    };

    private static string Page(string rendering) => rendering == "plain" ? Plain : Markdown;

    [Theory]
    [MemberData(nameof(Endings))]
    public void APageFollowedByBlankLinesIsThePage(string rendering, string ending)
    {
        var text = Page(rendering) + ending;

        Scorecard.Parse(text).ShouldBe(Gill);
        Scorecard.ParseLenient(text).Diagnostics.ShouldBeEmpty();
        Scorecard.ParseMany(text).ShouldHaveSingleItem().Paper.ShouldBe(Gill);
        Scorecard.ParseMany(new StringReader(text)).ToList().ShouldHaveSingleItem().Paper.ShouldBe(Gill);
    }

    [Theory]
    [InlineData("markdown")]
    [InlineData("plain")]
    public void ABlankLineBetweenTwoRowsIsAWarningAndOneScorecardEverywhere(string rendering)
    {
        var lines = Page(rendering).Split('\n').ToList();
        lines.Insert(lines.FindIndex(l => l.Contains("Pseudocode", StringComparison.Ordinal)), "  ");
        var text = string.Join('\n', lines);

        Scorecard.Parse(text).ShouldBe(Gill);
        Scorecard.ParseLenient(text).Diagnostics.ShouldHaveSingleItem().Code.ShouldBe(DiagnosticCodes.BlankLineInTable);
        Scorecard.ParseMany(text).ShouldHaveSingleItem().Paper.ShouldBe(Gill);
        Scorecard.ParseMany(new StringReader(text)).ToList().ShouldHaveSingleItem().Paper.ShouldBe(Gill);
    }

    [Theory]
    [InlineData("markdown")]
    [InlineData("plain")]
    public void ABrowsersFooterAndHeaderArePassedOverWithAWarningNamingThem(string rendering)
    {
        var text = "Reproducibility Index\nSearch | About | Data\n\n" + Page(rendering) + "\n\nBack to search\n\n© 2026 The Reproducibility Index\n";

        Scorecard.Parse(text).ShouldBe(Gill);
        var report = Scorecard.ParseLenient(text);
        report.IsValid.ShouldBeTrue();
        report.Diagnostics.Select(d => (d.Code, d.Severity, d.Span.Line, d.Message)).ShouldBe(
        [
            (DiagnosticCodes.TextBeforeScorecard, DiagnosticSeverity.Warning, 1, "expected the scorecard's notice or title, found `Reproducibility Index` and 1 more line before it"),
            (DiagnosticCodes.TextAfterTable, DiagnosticSeverity.Warning, text.Split('\n').ToList().IndexOf("Back to search") + 1, "expected the end of the scorecard after its table, found `Back to search` and 1 more line"),
        ]);
        Scorecard.ParseMany(text).ShouldHaveSingleItem().ShouldBe(report);
        Scorecard.ParseMany(new StringReader(text)).ToList().ShouldHaveSingleItem().ShouldBe(report);
    }

    [Fact]
    public void APlainPageCutInsideARowNameIsOneDamagedScorecardNotTwo()
    {
        var text = Plain[..(Plain.IndexOf("Hardware Specification", StringComparison.Ordinal) + "Hardware Spec".Length)];

        var reports = Scorecard.ParseMany(text).ToList();

        var report = reports.ShouldHaveSingleItem();
        report.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Code).ShouldBe(["GR032", "GR040", "GR040", "GR040"]);
        Scorecard.ParseMany(new StringReader(text)).ShouldBe(reports);
    }

    [Theory]
    [InlineData("markdown", "\n\n")]
    [InlineData("markdown", "\n")]
    [InlineData("markdown", "")]
    [InlineData("plain", "\n\n")]
    [InlineData("plain", "\n")]
    [InlineData("plain", "")]
    public void ThreeHundredPagesJoinedByBlankLinesOrByCatAreThreeHundredPapers(string rendering, string joiner)
    {
        // Canonical pages end without a newline, so `cat` (the empty joiner) puts each notice on the line of
        // the row before it; the grammar splits the line where the Index's notice begins.
        var pages = Pages(rendering, 300);
        var text = string.Join(joiner, pages.Select(p => p.Text));

        var reports = Scorecard.ParseMany(text).ToList();

        reports.Count.ShouldBe(300);
        reports.Select(r => r.Paper).ShouldBe(pages.Select(p => p.Paper));
        // What each page has to say (a real one holds control characters), and nothing about the joins.
        reports.SelectMany(r => r.Diagnostics).Select(d => (d.Code, d.Message)).ShouldBe(
            pages.SelectMany(p => Scorecard.ParseLenient(p.Text).Diagnostics).Select(d => (d.Code, d.Message)));
        Scorecard.ParseMany(new StringReader(text)).ShouldBe(reports);
        foreach (var variable in reports.SelectMany(r => r.Paper!.Variables))
        {
            text.Substring(variable.Evidence.Span.Offset, variable.Evidence.Span.Length).ShouldBe(variable.Evidence.Text);
        }
    }

    [Fact]
    public void OneScorecardIsReadFromTwoAndTheSecondIsAnErrorThatNamesParseMany()
    {
        var text = Markdown + Plain;

        var report = Scorecard.ParseLenient(text);

        report.Paper.ShouldBe(Gill);
        var error = report.FirstError.ShouldNotBeNull();
        error.Code.ShouldBe(DiagnosticCodes.MoreThanOneScorecard);
        (error.Span.Line, error.Span.Column).ShouldBe((15, Markdown.Length - Markdown.LastIndexOf('\n')));
        error.Recovery.ShouldBe("it is not read; Scorecard.ParseMany reads every scorecard of a text");
        Scorecard.ParseMany(text).Select(r => r.Paper).ShouldBe([Gill, Gill]);
    }

    [Fact]
    public void AnIndexPageCutRightAfterItsNoticeIsAScorecardWithErrors()
    {
        var text = Markdown[..Markdown.IndexOf('\n')];

        Scorecard.IsScorecard(text).ShouldBeTrue();
        Scorecard.IsScorecard(Markdown[..Markdown.IndexOf('\n')].Replace("Notice:", "Note:", StringComparison.Ordinal)).ShouldBeFalse();
        Scorecard.ParseLenient(text).IsValid.ShouldBeFalse();
    }

    [Theory]
    [InlineData("markdown")]
    [InlineData("plain")]
    public void EqualMeansEqualContentWhereverTheTextStood(string rendering)
    {
        var page = Page(rendering);
        Scorecard.Parse("\n\n" + page).ShouldBe(Scorecard.Parse(page));
        Scorecard.Parse("\n\n" + page).GetHashCode().ShouldBe(Scorecard.Parse(page).GetHashCode());
        Scorecard.ParseMany(Markdown + "\n" + page).Last().Paper.ShouldBe(Scorecard.Parse(page));

        var built = new Paper(null, "A Paper Built in Code", ["Ada Lovelace"], new Venue("NeurIPS", 2023), [],
            [.. VariableCatalog.All.Select(v => new Variable(v.Name, new Result(v.Results[0].ToString()), new Evidence($"What the paper says of {v.Name}.")))]);
        Scorecard.Parse(Scorecard.ToMarkdown(built)).ShouldBe(built);
        Scorecard.Parse(Scorecard.ToPlainText(built)).ShouldBe(built);
        ScorecardJson.DeserializePaper(ScorecardJson.Serialize(built)).ShouldBe(built);
    }

    [Fact]
    public void AByteOrderMarkIsNoColumnForTheGrammarNorForTheCharacterChecks()
    {
        var damaged = Markdown.Replace("Notice: The", "Notice:\0The", StringComparison.Ordinal);

        var withMark = Scorecard.ParseLenient("\uFEFF" + damaged).Diagnostics.Single(d => d.Code == DiagnosticCodes.ControlCharacter);
        var without = Scorecard.ParseLenient(damaged).Diagnostics.Single(d => d.Code == DiagnosticCodes.ControlCharacter);

        (withMark.Span.Line, withMark.Span.Column).ShouldBe((without.Span.Line, without.Span.Column));
        withMark.Span.Offset.ShouldBe(without.Span.Offset + 1);
        Scorecard.ParseLenient("\uFEFF \n").Diagnostics.Single().Span.Column.ShouldBe(1);
        Scorecard.Parse("\uFEFF" + Markdown).ShouldBe(Gill);
        Scorecard.ParseMany(new StringReader("\uFEFF" + Markdown)).ShouldBe(Scorecard.ParseMany("\uFEFF" + Markdown));
    }

    [Fact]
    public void AStreamLongerThanSpansCanCountEndsInAnErrorNotInAWrongPlace()
    {
        var reports = Scorecard.ParseMany(new EndlessLine()).ToList();

        var last = reports.Last();
        last.Paper.ShouldBeNull();
        last.Diagnostics.ShouldHaveSingleItem().Code.ShouldBe(DiagnosticCodes.InputTooLarge);
        last.Diagnostics[0].Message.ShouldContain("2,147,483,647");
    }

    [Fact]
    public void AScorecardLongerThanTheLimitIsRefusedAloneInATextInMemoryAsInAStream()
    {
        var huge = Cards.Valid.Replace("lr = 0.1", new string('x', 5000), StringComparison.Ordinal);
        var text = string.Join("\n", Cards.Valid, huge, Cards.Valid);
        var options = new ScorecardParseOptions { MaxInputLength = 2000 };

        var reports = Scorecard.ParseMany(text, options).ToList();

        reports.Select(r => r.Paper is null).ShouldBe([false, true, false]);
        reports[1].Diagnostics.ShouldHaveSingleItem().Code.ShouldBe(DiagnosticCodes.InputTooLarge);
        reports.ShouldBe(Scorecard.ParseMany(new StringReader(text), options));
    }

    /// <summary><paramref name="count"/> pages of the checked-in sample in one rendering, each with its paper.</summary>
    internal static IReadOnlyList<(string Text, Paper Paper)> Pages(string rendering, int count)
    {
        var folder = Path.Combine(Corpora.SampleDirectory, rendering == "plain" ? "plain" : "markdown");
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        return [.. Enumerable.Range(0, count).Select(i => File.ReadAllText(files[i % files.Count])).Select(t => (t, Scorecard.Parse(t)))];
    }

    /// <summary>One line of <c>x</c>, with no end: longer than an offset can count.</summary>
    private sealed class EndlessLine : TextReader
    {
        private long _given;

        public override int Read(char[] buffer, int index, int count)
        {
            if (_given > int.MaxValue + 100_000L) return 0;
            buffer.AsSpan(index, count).Fill('x');
            _given += count;
            return count;
        }
    }
}
