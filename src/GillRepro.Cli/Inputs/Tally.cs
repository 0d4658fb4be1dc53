using GillRepro.Cli.Output;

namespace GillRepro.Cli.Inputs;

/// <summary>
/// What a command met beyond the papers it shows: files that are not scorecards (named in one line), and
/// the same paper found again in another copy: counted once, the first ten named, then a count; copies
/// whose results differ are always named, with the variables they differ in. Quiet, only those are said
/// (a warning); the notes (a paper found again, files passed over) are not.
/// </summary>
internal sealed class Tally(TextWriter error, bool quiet = false)
{
    private const int Listed = 10;
    private readonly List<string> _notScorecards = [];
    private int _again;
    private int _differ;

    /// <summary>The files that are not scorecards.</summary>
    public int NotScorecards => _notScorecards.Count;

    /// <summary>Notes a file that is not a scorecard.</summary>
    public void NotAScorecard(ScorecardSource source) => _notScorecards.Add(source.Name);

    /// <summary>Reports a copy of a paper met before, as the library notes it (GR060, or GR061 where their results differ), at the copy's place.</summary>
    public void Again(CopyOutcome outcome)
    {
        if (outcome.Differences.Count > 0) _differ++;
        else if (++_again > Listed || quiet) return;
        error.WriteLine(Problems.Format(outcome.Copy.Source, outcome.Note()!, lenient: true));
    }

    /// <summary>The closing lines: the papers found again and not listed, and the files that are not scorecards.</summary>
    public void Report()
    {
        if (quiet) return;
        if (_again > Listed) error.WriteLine($"{_again - Listed} more {(_again - Listed == 1 ? "paper" : "papers")} found again in another copy; each is counted once.");
        if (_differ > 0) error.WriteLine($"{_differ} {(_differ == 1 ? "copy differs" : "copies differ")} in a result from the copy of the paper counted; each is named above.");
        if (_notScorecards.Count > 0)
            error.WriteLine($"Not scorecards, passed over: {SummaryOutput.Count(_notScorecards.Count, "file")} ({string.Join(", ", _notScorecards.Take(10))}{(_notScorecards.Count > 10 ? ", …" : "")}).");
    }
}
