using GillRepro.Tests.Support;

namespace GillRepro.Tests.Parsing;

/// <summary>
/// Strict parsing refuses a text at its first error, with the same code, place and message that lenient
/// parsing reports first. Each case names what a reader of the message sees.
/// </summary>
public class ParseErrorTests
{
    private static Diagnostic Failing(string text)
    {
        Scorecard.TryParse(text, out var paper, out var error).ShouldBeFalse();
        paper.ShouldBeNull();
        error.ShouldNotBeNull().ShouldBe(Scorecard.ParseLenient(text).FirstError);
        error.Severity.ShouldBe(DiagnosticSeverity.Error);
        var exception = Should.Throw<ScorecardParseException>(() => Scorecard.Parse(text));
        exception.Error.ShouldBe(error);
        exception.Message.ShouldBe($"line {error.Span.Line}, column {error.Span.Column}: {error.Message} ({error.Code}).");
        return error;
    }

    private static string With(int index, string line)
    {
        var lines = Cards.Lines();
        lines[index] = line;
        return Cards.Join(lines);
    }

    private static string Without(int index)
    {
        var lines = Cards.Lines();
        lines.RemoveAt(index);
        return Cards.Join(lines);
    }

    /// <summary>Code, line, column and message of the first error, and the text that shows it.</summary>
    // A page cut after its fourteenth line lacks Experiment Setup: strict parsing refuses it where the
    // next row was expected, so a score over the rows it has is never printed as if it were whole.
    public static TheoryData<string, int, int, string, string> Errors => new()
    {
        { "GR002", 1, 1, "expected a scorecard, starting with its title, found an empty input", "" },
        { "GR002", 1, 1, "expected a scorecard, starting with its title, found an empty input", "\n\n   " },
        { "GR010", 2, 1, "expected the paper's title, found `Authors: Ada Lovelace, Alan Turing`", Without(1) },
        { "GR012", 4, 1, "expected the venue line `<venue> <year>`, such as `NeurIPS 2023 | Venue PDF`, found `NeurIPS | Venue PDF`", With(3, "NeurIPS | Venue PDF") },
        { "GR013", 4, 9, "expected a year of four digits after the venue name, such as `2023`, found `20x3`", With(3, "NeurIPS 20x3 | Venue PDF") },
        { "GR020", 5, 1, "expected the table header `| Reproducibility Variable | Result | LLM Response |`, found `|---|---|---|`", Without(4) },
        { "GR021", 6, 1, "expected the table's separator row `|---|---|---|`, found `|---|---|`", With(5, "|---|---|") },
        { "GR022", 6, 14, "expected at least one table row, found none", Cards.Join(Cards.Lines().Take(6)) },
        { "GR030", 15, 32, "expected `|` closing the row, found the end of the input", Cards.Valid[..^5] },
        { "GR031", 9, 33, "expected `|` closing the row, found the end of the line", With(8, "| Pseudocode | Yes | Algorithm 1") },
        { "GR032", 15, 1, "the scorecard ends inside this row's result", Cards.Join(Cards.Lines().Take(14)) + "\n| Experiment Setup | Ye" },
        { "GR032", 15, 1, "the scorecard ends inside this row's variable name", Cards.Join(Cards.Lines().Take(14)) + "\n| Experim" },
        { "GR033", 9, 20, "expected a third cell, the evidence, and its closing `|`, found the end of the line", With(8, "| Pseudocode | No |") },
        { "GR034", 9, 1, "expected `|` after the variable name, found the end of the line", With(8, "| Pseudocode") },
        { "GR035", 9, 2, "expected a variable name, found an empty cell", With(8, "|  | No | text |") },
        { "GR040", 14, 45, "expected a row for `Experiment Setup`, found none: the scorecard is incomplete", Cards.Join(Cards.Lines().Take(14)) },
        { "GR037", 11, 1, "expected a table row `| <variable> | <result> | <evidence> |`, found `See also our other paper.`", Cards.Join(Cards.Lines().Take(10).Append("See also our other paper.").Concat(Cards.Lines().Skip(10))) },
        { "GR007", 16, 1, "expected the end of the input, found another scorecard starting with `Notice: Scores are estimates.`", Cards.Valid + "\n" + Cards.Valid },
        { "GR021", 6, 1, "expected the table's separator row `|---|---|---|`, found `|xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…`", With(5, "|" + new string('x', 200)) },
    };

    [Theory]
    [MemberData(nameof(Errors), DisableDiscoveryEnumeration = true)]
    public void StrictParsingStopsAtTheFirstErrorWithItsCodePlaceAndMessage(string code, int line, int column, string message, string text)
    {
        var error = Failing(text);

        error.Code.ShouldBe(code);
        (error.Span.Line, error.Span.Column).ShouldBe((line, column));
        error.Message.ShouldBe(message);
    }

    [Fact]
    public void TheErrorOfACutOffPagePointsAtTheEndOfTheText()
    {
        var text = Cards.Valid[..^5];

        Failing(text).Span.Offset.ShouldBe(text.TrimEnd(' ').Length);
    }

    /// <summary>Damage that loses nothing is a warning: both policies accept the page, and lenient parsing says what it saw.</summary>
    public static TheoryData<string, string> Warnings => new()
    {
        { "GR011", Without(2) },
        { "GR014", With(3, "NeurIPS 2023 | Venue PDF |") },
        { "GR036", With(8, "| Pseudocode |  | text |") },
        { "GR038", Cards.Join(Cards.Lines().Take(10).Append("").Concat(Cards.Lines().Skip(10))) },
        { "GR006", "Reproducibility Index | Search | About\n\n" + Cards.Valid },
        { "GR039", Cards.Valid + "\n\nBack to search\n© 2026 The Reproducibility Index" },
    };

    [Theory]
    [MemberData(nameof(Warnings), DisableDiscoveryEnumeration = true)]
    public void DamageThatLosesNothingIsAWarningThatBothPoliciesAccept(string code, string text)
    {
        Scorecard.TryParse(text, out var paper, out _).ShouldBeTrue();
        var report = Scorecard.ParseLenient(text);
        report.Diagnostics.ShouldContain(d => d.Code == code && d.Severity == DiagnosticSeverity.Warning);
        report.Paper.ShouldBe(paper);
    }
}
