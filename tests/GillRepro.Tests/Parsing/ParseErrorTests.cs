using GillRepro.Tests.Support;

namespace GillRepro.Tests.Parsing;

public class ParseErrorTests
{
    private static ScorecardParseException Failing(string text)
    {
        Scorecard.TryParse(text, out var paper, out var error).ShouldBeFalse();
        paper.ShouldBeNull();
        var exception = Should.Throw<ScorecardParseException>(() => Scorecard.Parse(text));
        exception.Error.ShouldBe(error);
        exception.Message.ShouldBe(error!.Message);
        return exception;
    }

    private static string With(int index, string line)
    {
        var lines = Cards.Lines();
        lines[index] = line;
        return Cards.Join(lines);
    }

    [Fact]
    public void EmptyInputFailsAtLineOneColumnOne()
    {
        var e = Failing("");

        (e.Line, e.Column).ShouldBe((1, 1));
        e.Expected.ShouldBe("the paper's title");
        e.Found.ShouldBe("the end of the input");
        e.Message.ShouldBe("line 1, column 1: expected the paper's title, found the end of the input.");
    }

    [Fact]
    public void BlankInputFailsWhereTheTextEnds()
    {
        var e = Failing("\n\n   ");

        (e.Line, e.Column).ShouldBe((3, 1));
        e.Found.ShouldBe("the end of the input");
    }

    [Fact]
    public void MissingHeaderRowFailsAtTheLineWhereItShouldBe()
    {
        var lines = Cards.Lines();
        lines.RemoveAt(4);
        var e = Failing(Cards.Join(lines));

        (e.Line, e.Column).ShouldBe((5, 1));
        e.Expected.ShouldBe("the table header `| Reproducibility Variable | Result | LLM Response |`");
        e.Found.ShouldBe("`|---|---|---|`");
    }

    [Fact]
    public void RowWithTwoCellsFailsAfterItsLastPipe()
    {
        var e = Failing(With(8, "| Pseudocode | No |"));

        (e.Line, e.Column).ShouldBe((9, 20));
        e.Expected.ShouldBe("a third cell, the evidence, and its closing `|`");
        e.Found.ShouldBe("the end of the line");
    }

    [Fact]
    public void LastRowCutOffInTheEvidenceFailsAtTheEndOfTheInput()
    {
        var text = Cards.Valid[..^5];
        var e = Failing(text);

        (e.Line, e.Column).ShouldBe((15, "| Experiment Setup | Yes | lr =".Length + 1));
        e.Expected.ShouldBe("`|` closing the row");
        e.Found.ShouldBe("the end of the input");
        e.Error.Offset.ShouldBe(text.TrimEnd(' ').Length);
    }

    [Fact]
    public void LastRowCutOffInTheResultFailsAtTheEndOfTheInput()
    {
        var text = Cards.Join(Cards.Lines().Take(14)) + "\n| Experiment Setup | Ye";
        var e = Failing(text);

        (e.Line, e.Column).ShouldBe((15, "| Experiment Setup | Ye".Length + 1));
        e.Expected.ShouldBe("`|` after the result");
    }

    [Fact]
    public void LastRowCutOffInTheNameFailsAtTheEndOfTheInput()
    {
        var e = Failing(Cards.Join(Cards.Lines().Take(14)) + "\n| Experim");

        (e.Line, e.Column).ShouldBe((15, "| Experim".Length + 1));
        e.Expected.ShouldBe("`|` after the variable name");
    }

    [Fact]
    public void YearThatIsNotANumberFailsAtTheYear()
    {
        var e = Failing(With(3, "NeurIPS 20x3 | Venue PDF"));

        (e.Line, e.Column).ShouldBe((4, 9));
        e.Expected.ShouldBe("a year of four digits after the venue name, such as `2023`");
        e.Found.ShouldBe("`20x3`");
    }

    [Fact]
    public void VenueWithoutAYearFails()
    {
        var e = Failing(With(3, "NeurIPS | Venue PDF"));

        (e.Line, e.Column).ShouldBe((4, 1));
        e.Expected.ShouldStartWith("the venue line `<venue> <year>`");
    }

    [Fact]
    public void EmptyLinkLabelFailsAfterItsPipe()
    {
        var e = Failing(With(3, "NeurIPS 2023 | Venue PDF |"));

        (e.Line, e.Column).ShouldBe((4, 27));
        e.Expected.ShouldBe("a link label after `|`");
    }

    [Fact]
    public void MissingAuthorsLineFailsWhereItShouldBe()
    {
        var lines = Cards.Lines();
        lines.RemoveAt(2);
        var e = Failing(Cards.Join(lines));

        (e.Line, e.Column).ShouldBe((3, 1));
        e.Expected.ShouldBe("the `Authors:` line");
        e.Found.ShouldBe("`NeurIPS 2023 | Venue PDF | LLM Run Detai…`");
    }

    [Fact]
    public void MissingTitleFailsAtTheAuthorsLine()
    {
        var lines = Cards.Lines();
        lines.RemoveAt(1);
        var e = Failing(Cards.Join(lines));

        (e.Line, e.Column).ShouldBe((2, 1));
        e.Expected.ShouldBe("the paper's title");
        e.Found.ShouldBe("`Authors: Ada Lovelace, Alan Turing`");
    }

    [Fact]
    public void BadSeparatorRowFails()
    {
        var e = Failing(With(5, "|---|---|"));

        (e.Line, e.Column).ShouldBe((6, 1));
        e.Expected.ShouldBe("the table's separator row `|---|---|---|`");
    }

    [Fact]
    public void TableWithoutRowsFailsAtTheEndOfTheInput()
    {
        var e = Failing(Cards.Join(Cards.Lines().Take(6)));

        (e.Line, e.Column).ShouldBe((6, 14));
        e.Expected.ShouldStartWith("a table row");
    }

    [Fact]
    public void EmptyResultCellFailsAtTheCell()
    {
        var e = Failing(With(8, "| Pseudocode |  | text |"));

        (e.Line, e.Column).ShouldBe((9, 15));
        e.Expected.ShouldBe("a result, such as `Yes` or `No`");
        e.Found.ShouldBe("an empty cell");
    }

    [Fact]
    public void EmptyNameCellFailsAtTheCell()
    {
        var e = Failing(With(8, "|  | No | text |"));

        (e.Line, e.Column).ShouldBe((9, 2));
        e.Expected.ShouldBe("a variable name");
    }

    [Fact]
    public void TextAfterTheTableFailsAtItsLine()
    {
        var e = Failing(Cards.Valid + "\nSee also our other paper.");

        (e.Line, e.Column).ShouldBe((16, 1));
        e.Expected.ShouldStartWith("the end of the scorecard or a table row");
        e.Found.ShouldBe("`See also our other paper.`");
    }

    [Fact]
    public void BlankLineInsideTheTableFailsAtTheRowAfterIt()
    {
        var lines = Cards.Lines();
        lines.Insert(10, "");
        var e = Failing(Cards.Join(lines));

        (e.Line, e.Column).ShouldBe((12, 1));
        e.Expected.ShouldContain("with no blank line above it");
    }

    [Fact]
    public void LongFoundTextIsQuotedShort()
    {
        var e = Failing(With(5, "|" + new string('x', 200)));

        e.Found.ShouldBe("`|" + new string('x', 39) + "…`");
    }
}
