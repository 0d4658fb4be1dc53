using GillRepro.Tests.Support;

namespace GillRepro.Tests.Parsing;

/// <summary>
/// A parsed paper keeps its rows over the source and makes each row's record when it is first read;
/// these tests hold it to behaving exactly like a list of records built in code.
/// </summary>
public class ParsedRowsTests
{
    private static Paper InCode(Paper parsed) => parsed with { Variables = [.. parsed.Variables.Select(v => v with { })] };

    [Fact]
    public void ReadingARowTwiceGivesTheSameRecord()
    {
        var paper = Scorecard.Parse(Cards.Valid);

        paper.Variables[3].ShouldBeSameAs(paper.Variables[3]);
        paper.Variables.ToList()[3].ShouldBeSameAs(paper.Variables[3]);
        paper.Find(VariableKind.OpenSourceCode).ShouldBeSameAs(paper.Variables[3]);
    }

    [Fact]
    public void ParsedPaperEqualsTheSamePaperBuiltInCode()
    {
        var parsed = Scorecard.Parse(Cards.Valid);
        var built = InCode(Scorecard.Parse(Cards.Valid));

        built.Equals(parsed).ShouldBeTrue();
        parsed.Equals(built).ShouldBeTrue();
        parsed.GetHashCode().ShouldBe(built.GetHashCode());
        Scorecard.Score(parsed).ShouldBe(Scorecard.Score(built));
    }

    [Fact]
    public void EvidenceIsCopiedExactlyFromTheSource()
    {
        var text = Cards.Valid;
        var paper = Scorecard.Parse(text);

        foreach (var variable in paper.Variables)
        {
            var span = variable.Evidence.Span;
            variable.Evidence.Text.ShouldBe(text.Substring(span.Offset, span.Length));
        }
    }

    [Fact]
    public void RowsReadFromManyThreadsAtOnceAreOneRecordEach()
    {
        var paper = Scorecard.Parse(ManyRows(2_000));
        var seen = new Variable[8][];

        Parallel.For(0, seen.Length, t => seen[t] = [.. Enumerable.Range(0, paper.Variables.Count).Select(i => paper.Variables[(i + (t * 97)) % paper.Variables.Count])]);

        for (var t = 1; t < seen.Length; t++)
        {
            for (var i = 0; i < paper.Variables.Count; i++)
            {
                seen[t][i].ShouldBeSameAs(seen[0][(i + (t * 97)) % paper.Variables.Count]);
            }
        }
    }

    [Fact]
    public void IndexOutsideTheRowsThrowsArgumentOutOfRange()
    {
        var variables = Scorecard.Parse(Cards.Valid).Variables;

        Should.Throw<ArgumentOutOfRangeException>(() => variables[9]).Message.ShouldContain("The list has 9 items.");
        Should.Throw<ArgumentOutOfRangeException>(() => variables[-1]);
    }

    [Fact]
    public void TableOfTenThousandRowsKeepsEveryRowInOrder()
    {
        var text = ManyRows(10_000);
        var strict = Scorecard.Parse(text, new ScorecardParseOptions { MaxInputLength = text.Length });
        var lenient = Scorecard.ParseLenient(text, new ScorecardParseOptions { MaxInputLength = text.Length });

        strict.Variables.Count.ShouldBe(10_000);
        strict.Variables.Select(v => v.Evidence.Text).ShouldBe(Enumerable.Range(1, 10_000).Select(i => $"row {i}"));
        strict.Variables[9_999].Evidence.Text.ShouldBe("row 10000");
        strict.Variables[9_999].Evidence.Span.Line.ShouldBe(6 + 10_000);
        lenient.Paper.ShouldBe(strict);
        lenient.Diagnostics.Count.ShouldBe(10_000 - 9);
        lenient.Diagnostics.ShouldAllBe(d => d.Code == DiagnosticCodes.DuplicateVariable);
        lenient.Diagnostics[^1].ToString().ShouldBe(
            "10006:3: warning GR041: `Research Type` appears again (first on line 7); both rows are kept and scores use the first");
    }

    [Fact]
    public void ReportedDiagnosticsEqualTheSameDiagnosticsBuiltInCode()
    {
        var lines = Cards.Lines();
        lines[7] = "| Researcher Affiliation | Yes | x |";
        lines[8] = "| Pseudo code | No | y |";
        lines[9] = "| Open Source Code | N/A | z |";
        lines.Insert(10, "not a row");
        lines.Add("| Pseudocode | No | again |");
        var parsed = Scorecard.ParseLenient(Cards.Join(lines));
        var built = parsed with { Diagnostics = [.. parsed.Diagnostics.Select(d => new Diagnostic(d.Code, d.Severity, d.Message, d.Span))] };

        parsed.Diagnostics.Select(d => d.Code).ShouldBe([
            DiagnosticCodes.UnexpectedResult, DiagnosticCodes.UnknownVariable, DiagnosticCodes.UnrecognisedResult,
            DiagnosticCodes.UnexpectedLine]);
        parsed.Diagnostics[1].Message.ShouldBe("`Pseudo code` is not one of the Index's nine variables; the row is kept and counts in no score");
        parsed.Diagnostics[3].Message.ShouldBe("expected a table row `| <variable> | <result> | <evidence> |`, found `not a row`; the line is skipped");
        parsed.ShouldBe(built);
        built.ShouldBe(parsed);
        parsed.GetHashCode().ShouldBe(built.GetHashCode());
        parsed.IsValid.ShouldBe(built.IsValid);
        parsed.IsValid.ShouldBeFalse();
    }

    [Theory]
    [InlineData(1_023)]
    [InlineData(1_024)]
    [InlineData(1_025)]
    [InlineData(2_049)]
    public void RowsAcrossChunkBoundariesAreReadAndMovedIntact(int rows)
    {
        var stream = Cards.Valid + "\n" + ManyRows(rows);
        var report = Scorecard.ParseMany(new StringReader(stream), new ScorecardParseOptions { MaxInputLength = stream.Length }).ToList()[1];

        report.Paper!.Variables.Count.ShouldBe(rows);
        var last = report.Paper.Variables[rows - 1];
        last.Evidence.Text.ShouldBe($"row {rows}");
        stream.Substring(last.Evidence.Span.Offset, last.Evidence.Span.Length).ShouldBe($"row {rows}");
        last.Evidence.Span.Line.ShouldBe(15 + 6 + rows);
        report.Diagnostics.Count.ShouldBe(rows - 9);
        report.Diagnostics[^1].Span.Line.ShouldBe(15 + 6 + rows);
    }

    [Fact]
    public void DocumentsReadFromAStreamReportPositionsInTheWholeStream()
    {
        var stream = Cards.Valid + "\n" + Cards.Valid;
        var second = Scorecard.ParseMany(new StringReader(stream)).ToList()[1].Paper!;

        var span = second.Variables[8].Evidence.Span;
        span.Line.ShouldBe(30);
        stream.Substring(span.Offset, span.Length).ShouldBe(second.Variables[8].Evidence.Text);
    }

    /// <summary>A scorecard whose table holds <paramref name="rows"/> rows, the nine variables over and over.</summary>
    private static string ManyRows(int rows)
    {
        var lines = Cards.Lines().Take(6).ToList();
        for (var i = 0; i < rows; i++) lines.Add($"| {Names[i % Names.Length]} | {Results[i % Names.Length]} | row {i + 1} |");
        return Cards.Join(lines);
    }

    private static readonly string[] Results = ["Experimental", "Academia", "Yes", "No", "Yes", "No", "Yes", "No", "Yes"];

    private static readonly string[] Names =
    [
        "Research Type", "Researcher Affiliation", "Pseudocode", "Open Source Code", "Open Datasets",
        "Dataset Splits", "Hardware Specification", "Software Dependencies", "Experiment Setup",
    ];
}
