using GillRepro.Tests.Support;

namespace GillRepro.Tests.Parsing;

public class GrammarTests
{
    [Fact]
    public void CrlfLineEndsGiveTheSameRecordsAsLf()
    {
        var lf = Scorecard.Parse(Cards.Valid);
        var crlf = Scorecard.Parse(Cards.Join(Cards.Lines(), "\r\n"));

        crlf.Variables.Select(v => (v.Name, v.Result.Text, v.Evidence.Text))
            .ShouldBe(lf.Variables.Select(v => (v.Name, v.Result.Text, v.Evidence.Text)));
        crlf.Variables[8].Evidence.Span.Line.ShouldBe(15);
    }

    [Fact]
    public void FinalNewlineTrailingSpacesAndBlankLinesAfterTheTableAreAccepted()
    {
        var lines = Cards.Lines().Select(l => l + "  \t").ToList();
        var paper = Scorecard.Parse(Cards.Join(lines) + "\n\n  \n");

        paper.Title.ShouldBe(Cards.Title);
        paper.Variables[8].Evidence.Text.ShouldBe("lr = 0.1");
    }

    [Fact]
    public void ByteOrderMarkIsSkippedAndCountedInOffsetsOnly()
    {
        var paper = Scorecard.Parse("\uFEFF" + Cards.Valid);

        paper.Notice.ShouldBe(Cards.Notice);
        var span = paper.Variables[0].Evidence.Span;
        span.Line.ShouldBe(7);
        span.Column.ShouldBe("| Research Type | Experimental | ".Length + 1);
        ("\uFEFF" + Cards.Valid).Substring(span.Offset, span.Length).ShouldBe("We run experiments.");
    }

    [Fact]
    public void NoticeIsOptional()
    {
        var paper = Scorecard.Parse(Cards.Join(Cards.Lines().Skip(1)));

        paper.Notice.ShouldBeNull();
        paper.Title.ShouldBe(Cards.Title);
        paper.Variables.Count.ShouldBe(9);
    }

    [Fact]
    public void PipesInsideEvidenceAreKeptUpToTheLastPipe()
    {
        var lines = Cards.Lines();
        lines[10] = "| Open Datasets | Yes | m = 1|θ| is a mask, |A| = 25 arguments |";
        var paper = Scorecard.Parse(Cards.Join(lines));

        paper.Variables[4].Evidence.Text.ShouldBe("m = 1|θ| is a mask, |A| = 25 arguments");
        Scorecard.ToMarkdown(paper).ShouldBe(Cards.Join(lines));
    }

    [Fact]
    public void EmptyEvidenceAndPaddedEvidenceKeepEveryCharacter()
    {
        var lines = Cards.Lines();
        lines[8] = "| Pseudocode | No |  |";
        lines[9] = "| Open Source Code | No |   two spaces inside   |";
        var paper = Scorecard.Parse(Cards.Join(lines));

        paper.Variables[2].Evidence.Text.ShouldBe("");
        paper.Variables[3].Evidence.Text.ShouldBe("  two spaces inside  ");
        Scorecard.ToMarkdown(paper).ShouldBe(Cards.Join(lines));
    }

    [Fact]
    public void UnexpectedResultsAreKeptAsUnrecognized()
    {
        var lines = Cards.Lines();
        lines[7] = "| Researcher Affiliation | -1 | unknown |";
        lines[8] = "| Pseudocode | N/A | missing |";
        var paper = Scorecard.Parse(Cards.Join(lines));

        paper.Variables[1].Result.ShouldBe(new Result("-1"));
        paper.Variables[1].Result.Value.ShouldBe(ResultValue.Unrecognized);
        paper.Variables[2].Result.Text.ShouldBe("N/A");
        Scorecard.Score(paper).DocumentationScore.ShouldBe(3);
    }

    [Fact]
    public void UnknownVariablesAreKeptWithTheirKindUnknown()
    {
        var lines = Cards.Lines();
        lines.Add("| Ethics Statement | Yes | Section 9 |");
        var paper = Scorecard.Parse(Cards.Join(lines));

        paper.Variables.Count.ShouldBe(10);
        paper.Variables[9].Kind.ShouldBe(VariableKind.Unknown);
        paper.Variables[9].Name.ShouldBe("Ethics Statement");
        Scorecard.Score(paper).DocumentationScore.ShouldBe(4);
    }

    [Fact]
    public void NamesAndResultsAreRecognisedInAnyLetterCase()
    {
        var lines = Cards.Lines();
        lines[9] = "|open source code|yes|code|";
        var paper = Scorecard.Parse(Cards.Join(lines));

        paper.Variables[3].Kind.ShouldBe(VariableKind.OpenSourceCode);
        paper.Variables[3].Result.Value.ShouldBe(ResultValue.Yes);
        paper.Variables[3].Evidence.Text.ShouldBe("code");
    }

    [Theory]
    [InlineData("|:---|:---:|---:|")]
    [InlineData("| --- | --- | --- |")]
    [InlineData("|-|-|-|")]
    public void SeparatorRowsMayHaveColonsAndSpaces(string separator)
    {
        var lines = Cards.Lines();
        lines[5] = separator;

        Scorecard.Parse(Cards.Join(lines)).Variables.Count.ShouldBe(9);
    }

    [Theory]
    [InlineData("JMLR 2019", "JMLR", 2019, new string[0])]
    [InlineData("NeurIPS Datasets and Benchmarks 2024 | Venue PDF", "NeurIPS Datasets and Benchmarks", 2024, new[] { "Venue PDF" })]
    [InlineData("ICML 2021 | Conference PDF | Archive PDF | Plain Text | LLM Run Details", "ICML", 2021, new[] { "Conference PDF", "Archive PDF", "Plain Text", "LLM Run Details" })]
    public void VenueLinesNameTheVenueTheYearAndAnyLinks(string line, string venue, int year, string[] links)
    {
        var lines = Cards.Lines();
        lines[3] = line;
        var paper = Scorecard.Parse(Cards.Join(lines));

        paper.Venue.ShouldBe(new Venue(venue, year));
        paper.Links.ShouldBe(links);
        Scorecard.ToMarkdown(paper).ShouldBe(Cards.Join(lines));
    }

    [Fact]
    public void AuthorNamesAreKeptExactlyBetweenSeparators()
    {
        var lines = Cards.Lines();
        lines[2] = "Authors: Zichao Yang , Zhiting Hu, José Vinícius de Miranda Cardoso";
        var paper = Scorecard.Parse(Cards.Join(lines));

        paper.Authors.ShouldBe(["Zichao Yang ", "Zhiting Hu", "José Vinícius de Miranda Cardoso"]);
        Scorecard.ToMarkdown(paper).ShouldBe(Cards.Join(lines));
    }

    [Fact]
    public void CharactersOutsideTheBasicMultilingualPlaneAreKept()
    {
        var lines = Cards.Lines();
        lines[14] = "| Experiment Setup | Yes | 𝑥 ∈ ℝ, 😀, 漢字, ≥ θ |";
        var paper = Scorecard.Parse(Cards.Join(lines));

        paper.Variables[8].Evidence.Text.ShouldBe("𝑥 ∈ ℝ, 😀, 漢字, ≥ θ");
        paper.Variables[8].Evidence.Span.Length.ShouldBe("𝑥 ∈ ℝ, 😀, 漢字, ≥ θ".Length);
    }

    [Fact]
    public void AHundredKilobyteEvidenceCellIsReadWhole()
    {
        var lines = Cards.Lines();
        var evidence = string.Concat(Enumerable.Repeat("a|b ", 25_000));
        lines[14] = $"| Experiment Setup | Yes | {evidence} |";

        Scorecard.Parse(Cards.Join(lines)).Variables[8].Evidence.Text.ShouldBe(evidence);
    }

    [Fact]
    public void RecordsAreImmutableValuesThatCompareListContents()
    {
        var a = Scorecard.Parse(Cards.Valid);
        var authors = a.Authors.ToArray();
        var b = a with { Authors = [.. authors] };
        authors[0] = "Somebody Else";

        b.ShouldBe(a);
        b.GetHashCode().ShouldBe(a.GetHashCode());
        (b with { Title = "Other" }).ShouldNotBe(a);
        (b with { Authors = [.. authors] }).ShouldNotBe(a);
    }
}
