namespace GillRepro.Audit;

/// <summary>
/// A finding of the audit with what names the paper: one line of <c>gillrepro audit --format jsonl</c>,
/// with the fields <c>file</c>, <c>title</c>, <c>venue</c>, <c>year</c>, <c>variable</c>, <c>result</c>,
/// <c>rule</c>, <c>message</c>, <c>quote</c> and <c>strength</c>.
/// </summary>
public sealed record FlaggedLabel
{
    internal FlaggedLabel(string? file, string title, string venue, int year, string variable, string result, string rule, string message, string quote, int strength)
    {
        File = file;
        Title = title;
        Venue = venue;
        Year = year;
        Variable = variable;
        Result = result;
        Rule = rule;
        Message = message;
        Quote = quote;
        Strength = strength;
    }

    /// <summary>Where the paper was read from; null for none.</summary>
    public string? File { get; }

    /// <summary>The paper's title.</summary>
    public string Title { get; }

    /// <summary>The venue's name.</summary>
    public string Venue { get; }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>The row's variable.</summary>
    public string Variable { get; }

    /// <summary>The row's result, as written.</summary>
    public string Result { get; }

    /// <summary>The rule's code.</summary>
    public string Rule { get; }

    /// <summary>What does not hold.</summary>
    public string Message { get; }

    /// <summary>The words that made the rule fire, or the start of an evidence that lacks what the rule looks for.</summary>
    public string Quote { get; }

    /// <summary>How likely the label is wrong, from 1 to 3.</summary>
    public int Strength { get; }

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
