using GillRepro.Cli.Output;

namespace GillRepro.Cli.Inputs;

/// <summary>
/// What a command met beyond the papers it shows: files that are not scorecards (named in one line), and
/// the same paper found again in another file (counted once, the first ten named, then a count).
/// </summary>
internal sealed class Tally(TextWriter error)
{
    private const int ListedDuplicates = 10;
    private readonly Dictionary<string, string> _firstFile = new(StringComparer.Ordinal);
    private readonly List<string> _notScorecards = [];
    private int _duplicates;

    /// <summary>The files that are not scorecards.</summary>
    public int NotScorecards => _notScorecards.Count;

    /// <summary>Notes a file that is not a scorecard.</summary>
    public void NotAScorecard(ScorecardSource source) => _notScorecards.Add(source.Name);

    /// <summary>
    /// True the first time a paper (its venue, year and title, in any letter case, white space and
    /// Unicode compatibility form) is met; false, reporting it, when it was met in another file before.
    /// </summary>
    public bool IsFirst(ScorecardSource source, Paper paper)
    {
        var key = Scorecard.MatchKey(paper);
        if (_firstFile.TryAdd(key, source.Name)) return true;
        if (++_duplicates <= ListedDuplicates)
            error.WriteLine($"{source.Name}: the same paper as {_firstFile[key]} ({paper.Venue}, \"{paper.Title}\"); it is counted once.");
        return false;
    }

    /// <summary>The closing lines: the duplicates not listed, and the files that are not scorecards.</summary>
    public void Report()
    {
        if (_duplicates > ListedDuplicates) error.WriteLine($"{_duplicates - ListedDuplicates} more {(_duplicates - ListedDuplicates == 1 ? "paper" : "papers")} found again in another file; each is counted once.");
        if (_notScorecards.Count > 0)
            error.WriteLine($"Not scorecards, passed over: {SummaryOutput.Count(_notScorecards.Count, "file")} ({string.Join(", ", _notScorecards.Take(10))}{(_notScorecards.Count > 10 ? ", …" : "")}).");
    }
}
