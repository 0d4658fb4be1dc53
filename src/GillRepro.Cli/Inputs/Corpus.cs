namespace GillRepro.Cli.Inputs;

/// <summary>
/// The papers of many files, for the commands that read a whole corpus: read in parallel, problems
/// reported on standard error (in file order) and counted, a progress bar where it helps.
/// </summary>
internal sealed class Corpus(IReadOnlyList<ScorecardSource> sources, TextWriter error, Action advance, bool lenient, CancellationToken cancel = default)
{
    private readonly Tally _tally = new(error);

    /// <summary>The files read.</summary>
    public int Files => sources.Count;

    /// <summary>The files with an error (known once <see cref="Papers"/> has been read to its end): strictly, their scorecards were left out; leniently, what they hold was kept.</summary>
    public int Failed { get; private set; }

    /// <summary>The papers read (known once <see cref="Papers"/> has been read to its end).</summary>
    public int PaperCount { get; private set; }

    /// <summary>The papers, in file order, each paper once however many files hold it; each problem is reported.</summary>
    public IEnumerable<(ScorecardSource Source, Paper Paper)> Papers()
    {
        foreach (var result in CorpusReader.Read(sources, lenient, cancel: cancel))
        {
            advance();
            if (result.NotAScorecard) _tally.NotAScorecard(result.Source);
            foreach (var problem in result.Problems) error.WriteLine(problem);
            if (result.Failed) Failed++;
            foreach (var paper in result.Papers)
            {
                if (!_tally.IsFirst(result.Source, paper)) continue;
                PaperCount++;
                yield return (result.Source, paper);
            }
        }
    }

    /// <summary>
    /// Reads <paramref name="sources"/> (with a progress bar on a terminal, unless <paramref name="quiet"/>)
    /// and summarises their papers by <paramref name="by"/>; the corpus says how many files failed.
    /// </summary>
    public static (CorpusSummary Summary, Corpus Corpus) Summarize(IReadOnlyList<ScorecardSource> sources, GroupBy by, bool lenient, TextWriter error, bool quiet, CancellationToken cancel = default) =>
        Output.Progress.Run(error, quiet, sources.Count, "Reading scorecards", advance =>
        {
            var corpus = new Corpus(sources, error, advance, lenient, cancel);
            return (Scorecard.Summarize(corpus.Papers().Select(p => p.Paper), by), corpus);
        });

    /// <summary>The closing lines: how many files failed, and that nothing was found when nothing was. Returns the exit code.</summary>
    public int Report()
    {
        _tally.Report();
        if (Failed > 0)
        {
            error.WriteLine(lenient
                ? $"{Failed} of {Output.SummaryOutput.Count(Files, "file")} {(Failed == 1 ? "has" : "have")} errors; what could be read of them was kept."
                : $"Could not read {Output.SummaryOutput.Count(Failed, "file")} of {Files} as scorecards; {(Failed == 1 ? "it was" : "they were")} skipped.");
        }
        if (PaperCount == 0)
        {
            error.WriteLine("gillrepro: no scorecard was read, so there is nothing to show.");
            return ExitCodes.Problems;
        }
        return Failed > 0 ? ExitCodes.Problems : ExitCodes.Success;
    }
}
