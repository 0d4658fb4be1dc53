namespace GillRepro.Cli.Inputs;

/// <summary>
/// The papers of many files, for every command that reads them: read in parallel and handed back in
/// file order, each paper counted once across its copies by the library's rule (<see cref="DistinctPapers"/>:
/// the complete copy with the fewest errors), problems reported on standard error and counted, a progress
/// bar where it helps.
/// </summary>
/// <param name="sources">The files, in the order their papers are handed back.</param>
/// <param name="error">Where problems are reported.</param>
/// <param name="lenient">True to keep what damaged scorecards hold (marked incomplete) instead of leaving them out.</param>
/// <param name="advance">Called once per file read, for a progress bar.</param>
/// <param name="all">True to list every problem of a file read leniently, not the first twenty.</param>
/// <param name="cancel">Ctrl+C.</param>
/// <param name="noteCopies">False where a paper met twice is for the caller to report (a labelling of <c>compare</c>).</param>
/// <param name="filter">Which papers to keep (<c>--venue</c>, <c>--year</c>, <c>--where</c>, <c>--complete-only</c>); all by default.</param>
/// <param name="quiet">True to leave out the notes (<c>--quiet</c>): a paper found again, files passed over. Problems are still said.</param>
internal sealed class CorpusFiles(
    IEnumerable<ScorecardSource> sources, TextWriter error, bool lenient, Action? advance = null, bool all = false, CancellationToken cancel = default, bool noteCopies = true, PaperFilter? filter = null, bool quiet = false)
{
    /// <summary>The copies read that the filter left out.</summary>
    public int FilteredOut { get; private set; }

    /// <summary>The filter, when it keeps fewer than all papers.</summary>
    public PaperFilter? Filter { get; } = filter is { KeepsAll: false } ? filter : null;

    private readonly Tally _tally = new(error, quiet);

    /// <summary>The files read so far: all of them once <see cref="Copies"/> has been enumerated.</summary>
    public int Files { get; private set; }

    /// <summary>The files with an error (known once <see cref="Copies"/> has been read to its end): strictly, their scorecards were left out; leniently, what they hold was kept.</summary>
    public int Failed { get; private set; }

    /// <summary>The scorecards with an error (strictly, left out), and files that could not be read at all: as many as <see cref="Failed"/> when files hold one scorecard each.</summary>
    public int Rejected { get; private set; }

    /// <summary>Files with an error that still gave papers (a file of many scorecards, one of them broken).</summary>
    private int _partlyRead;

    /// <summary>The files read that hold scorecards: <see cref="Files"/> less those passed over as not scorecards.</summary>
    public int ScorecardFiles => Files - _tally.NotScorecards;

    /// <summary>The papers read, each once however many copies of it were met.</summary>
    public int PaperCount { get; private set; }

    /// <summary>The incomplete papers among those counted (lenient reading keeps them).</summary>
    public int Incomplete { get; private set; }

    /// <summary>
    /// Every copy read, in file order, with what counting each paper once made of it (a copy may count
    /// first, replace an earlier worse copy, or not count: <see cref="DistinctPapers.Weigh"/>); each
    /// problem and each paper found again are reported as they come.
    /// </summary>
    public IEnumerable<CopyOutcome> Copies()
    {
        foreach (var outcome in DistinctPapers.Weigh(Read()))
        {
            if (outcome.Standing == CopyStanding.First) PaperCount++;
            else if (noteCopies) _tally.Again(outcome);
            if (outcome.Counts && !outcome.Copy.Paper.IsComplete) Incomplete++;
            if (outcome.Replaced is { IsComplete: false }) Incomplete--;
            yield return outcome;
        }
    }

    private IEnumerable<PaperCopy> Read()
    {
        foreach (var result in CorpusReader.Read(sources, lenient, all, cancel))
        {
            advance?.Invoke();
            Files++;
            if (result.NotAScorecard) _tally.NotAScorecard(result.Source);
            foreach (var problem in result.Problems) error.WriteLine(problem);
            if (result.Failed) Failed++;
            if (result.Failed && result.Copies.Count > 0) _partlyRead++;
            Rejected += result.Rejected;
            foreach (var copy in result.Copies)
            {
                if (Filter is { } kept && !kept.Matches(copy.Paper))
                {
                    FilteredOut++;
                    continue;
                }
                yield return copy;
            }
        }
    }

    /// <summary>
    /// Reads <paramref name="sources"/> (with a progress bar on a terminal, unless <paramref name="quiet"/>)
    /// and summarises their papers by <paramref name="by"/>, each paper once; the corpus says how many files failed.
    /// </summary>
    public static (CorpusSummary Summary, CorpusFiles Corpus) Summarize(Sources sources, Grouping by, bool lenient, TextWriter error, bool quiet, CancellationToken cancel = default, ScoringProfile? profile = null, SummaryFigures figures = SummaryFigures.Scores, PaperFilter? filter = null) =>
        Output.Progress.Run(error, quiet, sources.CountFiles, "Reading scorecards", advance =>
        {
            var corpus = new CorpusFiles(sources, error, lenient, advance, cancel: cancel, filter: filter, quiet: quiet);
            return (CorpusSummary.Of(corpus.Copies(), by, profile, figures, corpus.Filter), corpus);
        });

    /// <summary>
    /// The closing lines: how many files failed, and that nothing was found when nothing was. Returns the
    /// exit code. <paramref name="done"/> says what became of what could be read of a damaged file, and
    /// <paramref name="purpose"/> what there is nothing for when nothing was read; <paramref name="sayLeftOut"/>
    /// adds that a file that could not be read was left out of the figures.
    /// </summary>
    public int Report(string done = "kept", string purpose = "show", bool sayLeftOut = true)
    {
        _tally.Report();
        if (Failed > 0)
        {
            error.WriteLine(lenient
                ? $"{Failed} of {Output.SummaryOutput.Count(ScorecardFiles, "file")} {(Failed == 1 ? "has" : "have")} errors{(PaperCount > 0 ? $"; what could be read of them was {done}." : ".")}"
                : Rejected > Failed || _partlyRead > 0
                    ? $"Could not read {Output.SummaryOutput.Count(Rejected, "scorecard")} in {Failed} of {Output.SummaryOutput.Count(ScorecardFiles, "file")}{(sayLeftOut ? $"; {(Rejected == 1 ? "it was" : "they were")} skipped, and the other scorecards of {(Failed == 1 ? "that file" : "those files")} read" : "")}."
                    : $"Could not read {Output.SummaryOutput.Count(Failed, "file")} of {ScorecardFiles} as scorecards{(sayLeftOut ? $"; {(Failed == 1 ? "it was" : "they were")} skipped" : "")}.");
        }
        if (PaperCount == 0 && Filter is not null && FilteredOut > 0)
        {
            error.WriteLine($"gillrepro: no paper matches the filter ({Filter}); {Output.SummaryOutput.Count(FilteredOut, "scorecard")} read, so there is nothing to {purpose}.");
            return ExitCodes.Problems;
        }
        if (PaperCount == 0)
        {
            error.WriteLine($"gillrepro: no scorecard was read, so there is nothing to {purpose}.");
            return ExitCodes.Problems;
        }
        return Failed > 0 ? ExitCodes.Problems : ExitCodes.Success;
    }
}
