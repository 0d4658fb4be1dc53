using GillRepro.Tests.Support;

namespace GillRepro.Tests.Lenient;

/// <summary>Control characters and lone surrogates are searched apart; these hold the merged report to source order.</summary>
public class OddCharacterTests
{
    private static ParseReport WithEvidence(string evidence)
    {
        var lines = Cards.Lines();
        lines[^1] = $"| Experiment Setup | Yes | {evidence} |";
        return Scorecard.ParseLenient(Cards.Join(lines));
    }

    [Fact]
    public void ControlsAndLoneSurrogatesAreReportedInSourceOrderAndPairsAreNot()
    {
        var report = WithEvidence("a\U0001F600b\u0001c\uDC00d\U0001F600\u0007e\uD83D");
        var column = "| Experiment Setup | Yes | ".Length + 1;

        report.Diagnostics.Select(d => (d.Code, d.Span.Line, d.Span.Column)).ShouldBe([
            (DiagnosticCodes.ControlCharacter, 15, column + 4),
            (DiagnosticCodes.LoneSurrogate, 15, column + 6),
            (DiagnosticCodes.ControlCharacter, 15, column + 10),
            (DiagnosticCodes.LoneSurrogate, 15, column + 12),
        ]);
        report.Diagnostics[1].Message.ShouldBe("a lone UTF-16 surrogate, U+DC00, which is not a character");
        report.Diagnostics[1].Recovery.ShouldBe("it is kept as it is");
        report.Paper!.Variables[8].Evidence.Text.ShouldBe("a\U0001F600b\u0001c\uDC00d\U0001F600\u0007e\uD83D");
    }

    [Fact]
    public void ElevenControlsListTenThenCountTheRestFromTheEleventh()
    {
        var report = WithEvidence(string.Concat(Enumerable.Repeat("x\u0001", 11)) + "\uDFFF");
        var controls = report.Diagnostics.Where(d => d.Code == DiagnosticCodes.ControlCharacter).ToList();

        controls.Count.ShouldBe(11);
        controls[^1].Message.ShouldBe("1 more control character from here on");
        controls[^1].Span.Column.ShouldBe(controls[^2].Span.Column + 2);
        report.Diagnostics[^1].Code.ShouldBe(DiagnosticCodes.LoneSurrogate);
    }
}
