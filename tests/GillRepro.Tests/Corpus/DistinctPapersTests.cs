using GillRepro.Tests.Support;

namespace GillRepro.Tests.Corpus;

/// <summary>Each paper counted once across its copies: the complete copy with the fewest errors counts, and copies that differ say so.</summary>
public class DistinctPapersTests
{
    /// <summary>The codes of the notes on copies, which these tests show.</summary>
    public static readonly string[] Codes = [DiagnosticCodes.PaperAgain, DiagnosticCodes.CopiesDiffer];

    private static readonly string Whole = Repository.SeedText;

    /// <summary>The seed cut inside its fifth row: its last four variables are missing.</summary>
    private static readonly string Cut = Whole[..Whole.IndexOf("| Open Datasets", StringComparison.Ordinal)] + "| Open Datasets | Ye";

    private static PaperCopy Copy(string text, string source) => PaperCopy.From(Scorecard.ParseLenient(text), source)!;

    [Fact]
    public void AWholeCopyCountsInsteadOfACutOneMetBeforeIt()
    {
        var outcomes = DistinctPapers.Weigh([Copy(Cut, "a_cut.md"), Copy(Whole, "b_full.md")]).ToList();

        outcomes.Select(o => o.Standing).ShouldBe([CopyStanding.First, CopyStanding.Replaces]);
        outcomes[1].Other.ShouldBe("a_cut.md");
        outcomes[1].Replaced.ShouldNotBeNull().IsComplete.ShouldBeFalse();
        outcomes[1].Note().ShouldNotBeNull().Recovery.ShouldBe("counted once, as this copy, which is complete");
        DistinctPapers.Of([Copy(Cut, "a_cut.md"), Copy(Whole, "b_full.md")]).Single().Source.ShouldBe("b_full.md");

        // Scored as the Index scores it: D of the whole copy (5), not of the cut one.
        var summary = CorpusSummary.Of(outcomes, Grouping.None);
        summary.Groups.Single().Score.Papers.ShouldBe(1);
        summary.Groups.Single().Score.MeanDocumentationScore.ShouldBe(5);
        summary.Groups.Single().Score.IncompletePapers.ShouldBe(0);
    }

    [Fact]
    public void ACutCopyAfterAWholeOneIsNotCounted()
    {
        var outcomes = DistinctPapers.Weigh([Copy(Whole, "a.md"), Copy(Cut, "b.md")]).ToList();

        outcomes[1].Standing.ShouldBe(CopyStanding.NotCounted);
        outcomes[1].Counts.ShouldBeFalse();
        outcomes[1].Note().ShouldNotBeNull().Code.ShouldBe(DiagnosticCodes.PaperAgain);
        CorpusSummary.Of(outcomes).Groups.Single().Score.MeanDocumentationScore.ShouldBe(5);
    }

    [Fact]
    public void CopiesWhoseResultsDifferAreAWarningNamingTheVariablesAtTheCopy()
    {
        var other = Whole.Replace("| Open Source Code | Yes |", "| Open Source Code | No |", StringComparison.Ordinal)
            .Replace("| Hardware Specification | Yes |", "| Hardware Specification | No |", StringComparison.Ordinal);
        var outcome = DistinctPapers.Weigh([Copy(Whole, "a.md"), Copy("\n\n" + other, "b.md")]).Last();

        outcome.Differences.ShouldBe(["Open Source Code", "Hardware Specification"]);
        var note = outcome.Note().ShouldNotBeNull();
        (note.Code, note.Severity, note.Span.Line).ShouldBe((DiagnosticCodes.CopiesDiffer, DiagnosticSeverity.Warning, 1));
        note.Message.ShouldBe("the same paper as a.md (NeurIPS 2023, \"Generating Images with Multimodal Language Models\"), but their results differ in Open Source Code, Hardware Specification");
        note.Recovery.ShouldBe("counted once, as a.md");
    }

    [Fact]
    public void ResultsThatMeanTheSameDoNotDiffer()
    {
        var lower = Whole.Replace("| Open Source Code | Yes |", "| Open Source Code | yes |", StringComparison.Ordinal);

        DistinctPapers.Weigh([Copy(Whole, "a.md"), Copy(lower, "b.md")]).Last().Differences.ShouldBeEmpty();
    }

    [Fact]
    public void TheSecondCopyInOneStreamIsNamedByItsLine()
    {
        var reports = Scorecard.ParseMany(Whole + "\n\n" + Whole).ToList();
        var copies = reports.Select(r => PaperCopy.From(r, "both.md")!).ToList();

        copies[1].Span.Line.ShouldBe(17);
        var outcome = DistinctPapers.Weigh(copies).Last();
        outcome.Note().ShouldNotBeNull().Span.Line.ShouldBe(17);
        DistinctPapers.Weigh([copies[1], copies[0]]).Last().Other.ShouldBe("both.md:17");
    }
}
