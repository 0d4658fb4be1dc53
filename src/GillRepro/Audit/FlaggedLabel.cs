namespace GillRepro.Audit;

/// <summary>
/// A finding of the audit with what names the paper: one line of <c>gillrepro audit --format jsonl</c>,
/// with the fields <c>file</c>, <c>title</c>, <c>venue</c>, <c>year</c>, <c>variable</c>, <c>result</c>,
/// <c>rule</c>, <c>message</c>, <c>quote</c> and <c>strength</c>.
/// </summary>
/// <param name="File">Where the paper was read from; null for none.</param>
/// <param name="Title">The paper's title.</param>
/// <param name="Venue">The venue's name.</param>
/// <param name="Year">The year.</param>
/// <param name="Variable">The row's variable.</param>
/// <param name="Result">The row's result, as written.</param>
/// <param name="Rule">The rule's code.</param>
/// <param name="Message">What does not hold.</param>
/// <param name="Quote">The words that made the rule fire, or the start of an evidence that lacks what the rule looks for.</param>
/// <param name="Strength">How likely the label is wrong, from 1 to 3.</param>
public sealed record FlaggedLabel(string? File, string Title, string Venue, int Year, string Variable, string Result, string Rule, string Message, string Quote, int Strength)
{
    /// <summary>The findings of a paper (<see cref="EvidenceAudit.Check"/>), each with the paper's file, title, venue and year.</summary>
    /// <param name="paper">A parsed or built paper.</param>
    /// <param name="file">Where the paper was read from; null for none.</param>
    public static EquatableArray<FlaggedLabel> Of(Paper paper, string? file = null)
    {
        var findings = EvidenceAudit.Check(paper);
        if (findings.Count == 0) return [];
        var flagged = new FlaggedLabel[findings.Count];
        for (var i = 0; i < flagged.Length; i++)
        {
            var f = findings[i];
            flagged[i] = new FlaggedLabel(file, paper.Title, paper.Venue.Name, paper.Venue.Year, f.Variable, f.Result, f.Rule, f.Message, f.Quote, f.Strength);
        }
        return EquatableArray.Own(flagged);
    }

    /// <summary>Findings of many papers, the likeliest wrong label first: by strength, then in the order given.</summary>
    /// <param name="flagged">Findings, in the order the papers were read.</param>
    public static IEnumerable<FlaggedLabel> Likeliest(IEnumerable<FlaggedLabel> flagged) => flagged.OrderByDescending(f => f.Strength);
}
