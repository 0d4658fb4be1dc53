using System.Reflection;
using GillRepro.Tests.Support;

namespace GillRepro.Tests.Lenient;

public class LenientParsingTests
{
    private static void ShouldReport(string text, string code, DiagnosticSeverity severity, int line, int column)
    {
        var report = Scorecard.ParseLenient(text);
        var found = report.Diagnostics.Where(d => d.Code == code).ToList();
        found.ShouldNotBeEmpty($"no {code} among: {string.Join("; ", report.Diagnostics)}");
        var diagnostic = found[0];
        diagnostic.Severity.ShouldBe(severity);
        (diagnostic.Span.Line, diagnostic.Span.Column).ShouldBe((line, column), diagnostic.ToString());
        diagnostic.Message.ShouldNotBeNullOrWhiteSpace();
        diagnostic.ToString().ShouldStartWith($"{line}:{column}: {severity.ToString().ToLowerInvariant()} {code}: ");
        report.Diagnostics.Select(d => d.Span.Offset).ShouldBeInOrder();
    }

    [Theory]
    [MemberData(nameof(DiagnosticCases.All), MemberType = typeof(DiagnosticCases), DisableDiscoveryEnumeration = true)]
    public void EachDiagnosticIsReportedWithItsCodeSeverityAndPlace(string code, DiagnosticSeverity severity, int line, int column, string text) =>
        ShouldReport(text, code, severity, line, column);

    [Theory]
    [MemberData(nameof(DiagnosticCases.PlainText), MemberType = typeof(DiagnosticCases), DisableDiscoveryEnumeration = true)]
    public void PlainTextDamageIsReportedToo(string code, DiagnosticSeverity severity, int line, int column, string text) =>
        ShouldReport(text, code, severity, line, column);

    [Fact]
    public void EveryDiagnosticCodeHasACaseAndADocumentedMeaning()
    {
        var codes = typeof(Scorecard).Assembly.GetType("GillRepro.Diagnostics.DiagnosticCodes")!
            .GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).Order().ToList();
        var documented = File.ReadAllLines(Path.Combine(Repository.Root, "docs", "diagnostics.md"))
            .Where(l => l.StartsWith("| GR", StringComparison.Ordinal)).Select(l => l[2..7]).Order().ToList();
        // GR001 (input over the limit) and GR005 (bytes that are not text) have tests of their own, and so
        // have the profile file's codes (ProfileFileTests, each with its place).
        // So have the notes on copies of one paper (DistinctPapersTests).
        var profileCodes = Profiles.ProfileFileTests.RefusalCodes;
        // GR008 (a file that cannot be read) is the tool's, at a file's first line (AnalystCommandLineTests).
        var tested = DiagnosticCases.All.Select(row => (string)row[0]).Append("GR001").Append("GR005").Append("GR008").Concat(profileCodes)
            .Concat(GillRepro.Tests.Corpus.DistinctPapersTests.Codes).Distinct().Order().ToList();

        documented.ShouldBe(codes);
        tested.ShouldBe(codes);
    }

    [Fact]
    public void InputOverTheLimitIsRefusedWithoutBeingRead()
    {
        var report = Scorecard.ParseLenient(Cards.Valid, new ScorecardParseOptions { MaxInputLength = 100 });

        report.Paper.ShouldBeNull();
        report.Diagnostics.Single().Code.ShouldBe("GR001");
        report.Diagnostics.Single().Message.ShouldBe($"expected a scorecard of at most 100 characters (ScorecardParseOptions.MaxInputLength), found one of {Cards.Valid.Length}");
        Should.Throw<ScorecardParseException>(() => Scorecard.Parse(Cards.Valid, new ScorecardParseOptions { MaxInputLength = 100 }))
            .Message.ShouldBe($"line 1, column 1: expected a scorecard of at most 100 characters (ScorecardParseOptions.MaxInputLength), found one of {Cards.Valid.Length} (GR001).");
        // The largest real page (about 108 KB, in the sample) fits the default limit with room to spare.
        var largest = Directory.EnumerateFiles(Path.Combine(Corpora.SampleDirectory, "markdown"), "*.md", SearchOption.AllDirectories).Max(f => File.ReadAllText(f).Length);
        largest.ShouldBeGreaterThan(100_000);
        ScorecardParseOptions.DefaultMaxInputLength.ShouldBeGreaterThan(largest * 5);
    }

    [Fact]
    public void ValidScorecardHasNoDiagnostics()
    {
        var report = Scorecard.ParseLenient(Cards.Valid);

        report.Diagnostics.ShouldBeEmpty();
        report.IsValid.ShouldBeTrue();
        report.Paper.ShouldBe(Scorecard.Parse(Cards.Valid));
        report.Rendering.ShouldBe(ScorecardRendering.Markdown);
    }

    [Fact]
    public void RowCutInsideItsEvidenceKeepsItsVariableResultAndTextMarkedAsCut()
    {
        var text = Repository.SeedText[..2000];
        var report = Scorecard.ParseLenient(text);

        var paper = report.Paper.ShouldNotBeNull();
        var last = paper.Variables[^1];
        last.Kind.ShouldBe(VariableKind.DatasetSplits);
        last.Result.Text.ShouldBe("Yes");
        last.Evidence.IsCutOff.ShouldBeTrue();
        text.ShouldEndWith(last.Evidence.Text);
        paper.Variables.Count.ShouldBe(6);
        paper.Variables.Take(5).ShouldAllBe(v => !v.Evidence.IsCutOff);
        report.Diagnostics.Where(d => d.Code == "GR040").Select(d => d.Message).ShouldBe(
        [
            "expected a row for `Hardware Specification`, found none: the scorecard is incomplete",
            "expected a row for `Software Dependencies`, found none: the scorecard is incomplete",
            "expected a row for `Experiment Setup`, found none: the scorecard is incomplete",
        ]);
        report.IsValid.ShouldBeFalse();
    }

    [Fact]
    public void CutInsideAResultDropsOnlyThatRow()
    {
        var text = Cards.Join(Cards.Lines().Take(14)) + "\n| Experiment Setup | Ye";
        var report = Scorecard.ParseLenient(text);

        report.Paper.ShouldNotBeNull().Variables.Count.ShouldBe(8);
        var cut = report.Diagnostics.Single(d => d.Code == "GR032");
        text.Substring(cut.Span.Offset, cut.Span.Length).ShouldBe("| Experiment Setup | Ye");
    }

    [Fact]
    public void RowWithoutItsClosingPipeMidTableKeepsTheRestOfTheLine()
    {
        var lines = Cards.Lines();
        lines[8] = "| Pseudocode | Yes | Algorithm 1 ends here   ";
        var paper = Scorecard.ParseLenient(Cards.Join(lines)).Paper.ShouldNotBeNull();

        paper.Variables.Count.ShouldBe(9);
        paper.Variables[2].Evidence.Text.ShouldBe("Algorithm 1 ends here   ");
        paper.Variables[2].Evidence.IsCutOff.ShouldBeFalse();
    }

    [Fact]
    public void InsertedLineBreakInsideARowLosesNoText()
    {
        var lines = Cards.Lines();
        lines[9] = "| Open Source Code | Yes | https://example.org/";
        lines.Insert(10, "code |");
        var text = Cards.Join(lines);
        var report = Scorecard.ParseLenient(text);

        report.Paper.ShouldNotBeNull().Variables[3].Evidence.Text.ShouldBe("https://example.org/");
        var skipped = report.Diagnostics.Single(d => d.Code == "GR037");
        text.Substring(skipped.Span.Offset, skipped.Span.Length).ShouldBe("code |");
    }

    [Fact]
    public void MissingVenueLeavesNoPaperButEveryDiagnostic()
    {
        var lines = Cards.Lines();
        lines.RemoveAt(3);
        var report = Scorecard.ParseLenient(Cards.Join(lines));

        report.Paper.ShouldBeNull();
        report.Diagnostics.ShouldContain(d => d.Code == "GR012" && d.Span.Line == 4);
        report.IsValid.ShouldBeFalse();
    }

    [Fact]
    public void DuplicateRowsAreBothKeptAndScoresUseTheFirst()
    {
        var paper = Scorecard.ParseLenient(Cards.Valid + "\n| Open Datasets | No | again |").Paper.ShouldNotBeNull();

        paper.Variables.Count.ShouldBe(10);
        Scorecard.Score(paper).ReproducibilityScore.ShouldBe(0.86);
    }

    [Fact]
    public void LenientAndStrictAgreeOnEveryValidCard()
    {
        foreach (var text in new[] { Cards.Valid, Repository.SeedText, Cards.Join(Cards.Lines(), "\r\n") + "\r\n" })
        {
            Scorecard.ParseLenient(text).Paper.ShouldBe(Scorecard.Parse(text));
        }
    }
}
