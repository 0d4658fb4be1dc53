using System.Text.Json.Serialization;

namespace GillRepro.Scoring;

/// <summary>
/// A paper with its scores, as one line of a corpus's listing: where it was read, what it is, its nine
/// results by name, its Index scores, and its compliance with a profile when one was asked for. What
/// <c>gillrepro score</c> and <c>export --format jsonl</c> print, one per line.
/// </summary>
public sealed record ScoredPaper
{
    private ScoredPaper(string? source, Paper paper, PaperScore score, ComplianceScore? compliance, PaperFacts? facts)
    {
        Source = source;
        Title = paper.Title;
        Authors = paper.Authors;
        Venue = paper.Venue;
        var results = new string?[VariableCatalog.All.Count];
        foreach (var variable in paper.Variables.AsSpan())
        {
            var kind = (int)variable.Kind - 1;
            if (kind >= 0) results[kind] ??= variable.Result.Text;
        }
        ResultsByKind = EquatableArray.Own(results);
        Score = score;
        Compliance = compliance;
        Facts = facts;
    }

    /// <summary>Scores a paper, and against a profile when one is given.</summary>
    /// <param name="paper">The paper.</param>
    /// <param name="source">Where it was read, such as a file's path; optional.</param>
    /// <param name="profile">A profile to report its compliance with; optional.</param>
    /// <param name="facts">True to add what the evidence says the paper ran on and shared (<see cref="Facts"/>).</param>
    public static ScoredPaper Of(Paper paper, string? source = null, ScoringProfile? profile = null, bool facts = false)
    {
        ArgumentNullException.ThrowIfNull(paper);
        return new ScoredPaper(source, paper, Scorer.Score(paper), profile is null ? null : Scorer.Compliance(paper, profile), facts ? PaperFacts.Of(paper) : null);
    }

    /// <summary>Where the paper was read; null when not given.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Source { get; }

    /// <summary>The paper's title.</summary>
    public string Title { get; }

    /// <summary>The authors, as the page writes them.</summary>
    public EquatableArray<string> Authors { get; }

    /// <summary>The venue and year.</summary>
    public Venue Venue { get; }

    /// <summary>Each of the nine variables' result as written (its first row), in the Index's order; null where the scorecard has no row for it.</summary>
    [JsonIgnore]
    public EquatableArray<string?> ResultsByKind { get; }

    /// <summary>The results by the variables' names as the Index writes them, the variables the scorecard has.</summary>
    public IReadOnlyDictionary<string, string> Results
    {
        get
        {
            var results = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < ResultsByKind.Count; i++)
            {
                if (ResultsByKind[i] is { } result) results.Add(VariableCatalog.All[i].Name, result);
            }
            return results;
        }
    }

    /// <summary>The Index's scores.</summary>
    public PaperScore Score { get; }

    /// <summary>The compliance with the profile asked for; null when none was.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ComplianceScore? Compliance { get; }

    /// <summary>What the evidence says the paper ran on and shared (docs/facts.md); null unless asked for.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public PaperFacts? Facts { get; }
}
