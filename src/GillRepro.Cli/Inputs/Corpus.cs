namespace GillRepro.Cli.Inputs;

/// <summary>
/// The papers of many files, for every command that reads them: read in parallel and handed back in
/// file order, problems reported on standard error and counted, a progress bar where it helps.
/// </summary>
/// <param name="sources">The files, in the order their papers are handed back.</param>
/// <param name="error">Where problems are reported.</param>
/// <param name="lenient">True to keep what damaged scorecards hold (marked incomplete) instead of leaving them out.</param>
/// <param name="advance">Called once per file read, for a progress bar.</param>
/// <param name="countOnce">True to hand back a paper met again in another file only the first time (figures count each paper once); false to hand back every one (<c>score</c> lists them).</param>
/// <param name="all">True to list every problem of a file read leniently, not the first twenty.</param>
/// <param name="cancel">Ctrl+C.</param>
internal sealed class Corpus(
    IEnumerable<ScorecardSource> sources, TextWriter error, bool lenient, Action? advance = null, bool countOnce = true, bool all = false, CancellationToken cancel = default)
{
    private readonly Tally _tally = new(error);

    /// <summary>The files read.</summary>
    /// <summary>The files read so far: all of them once <see cref="Papers"/> has been enumerated.</summary>
    public int Files { get; private set; }

    /// <summary>The files with an error (known once <see cref="Papers"/> has been read to its end): strictly, their scorecards were left out; leniently, what they hold was kept.</summary>
    public int Failed { get; private set; }

    /// <summary>The papers read (known once <see cref="Papers"/> has been read to its end).</summary>
    public int PaperCount { get; private set; }

    /// <summary>The papers, in file order (each once, however many files hold it, when counted once); each problem is reported.</summary>
    public IEnumerable<(ScorecardSource Source, Paper Paper)> Papers()
    {
        foreach (var result in CorpusReader.Read(sources, lenient, all, cancel))
        {
            advance?.Invoke();
            Files++;
            if (result.NotAScorecard) _tally.NotAScorecard(result.Source);
            foreach (var problem in result.Problems) error.WriteLine(problem);
            if (result.Failed) Failed++;
            foreach (var paper in result.Papers)
            {
                if (countOnce && !_tally.IsFirst(result.Source, paper)) continue;
                PaperCount++;
                yield return (result.Source, paper);
            }
        }
    }

    /// <summary>
    /// Reads <paramref name="sources"/> (with a progress bar on a terminal, unless <paramref name="quiet"/>)
    /// and summarises their papers by <paramref name="by"/>; the corpus says how many files failed.
    /// </summary>
    public static (CorpusSummary Summary, Corpus Corpus) Summarize(Sources sources, GroupBy by, bool lenient, TextWriter error, bool quiet, CancellationToken cancel = default, ScoringProfile? profile = null) =>
        Output.Progress.Run(error, quiet, sources.CountFiles, "Reading scorecards", advance =>
        {
            var corpus = new Corpus(sources, error, lenient, advance, cancel: cancel);
            return (Scorecard.Summarize(corpus.Papers().Select(p => p.Paper), by, profile), corpus);
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
                ? $"{Failed} of {Output.SummaryOutput.Count(Files, "file")} {(Failed == 1 ? "has" : "have")} errors{(PaperCount > 0 ? $"; what could be read of them was {done}." : ".")}"
                : $"Could not read {Output.SummaryOutput.Count(Failed, "file")} of {Files} as scorecards{(sayLeftOut ? $"; {(Failed == 1 ? "it was" : "they were")} skipped" : "")}.");
        }
        if (PaperCount == 0)
        {
            error.WriteLine($"gillrepro: no scorecard was read, so there is nothing to {purpose}.");
            return ExitCodes.Problems;
        }
        return Failed > 0 ? ExitCodes.Problems : ExitCodes.Success;
    }
}
