namespace GillRepro.Cli.Inputs;

/// <summary>
/// The papers of many files, for the commands that read a whole corpus: read in parallel, broken files
/// reported on standard error (in file order) and counted, a progress bar where it helps.
/// </summary>
internal sealed class Corpus(IReadOnlyList<ScorecardSource> sources, TextWriter error, Action advance, CancellationToken cancel = default)
{
    /// <summary>The files read.</summary>
    public int Files => sources.Count;

    /// <summary>The files that could not be read as scorecards (known once <see cref="Papers"/> has been read to its end).</summary>
    public int Skipped { get; private set; }

    /// <summary>The papers, in file order; each broken file is reported and skipped.</summary>
    public IEnumerable<(ScorecardSource Source, Paper Paper)> Papers()
    {
        foreach (var result in CorpusReader.Read(sources, cancel))
        {
            advance();
            if (result.Paper is { } paper)
            {
                yield return (result.Source, paper);
            }
            else
            {
                error.WriteLine(result.Problem);
                Skipped++;
            }
        }
    }

    /// <summary>
    /// Reads <paramref name="sources"/> (with a progress bar on a terminal, unless <paramref name="quiet"/>)
    /// and summarises their papers by <paramref name="by"/>; the corpus says how many files were skipped.
    /// </summary>
    public static (CorpusSummary Summary, Corpus Corpus) Summarize(IReadOnlyList<ScorecardSource> sources, GroupBy by, TextWriter error, bool quiet, CancellationToken cancel = default) =>
        Output.Progress.Run(error, quiet, sources.Count, "Reading scorecards", advance =>
        {
            var corpus = new Corpus(sources, error, advance, cancel);
            return (Scorecard.Summarize(corpus.Papers().Select(p => p.Paper), by), corpus);
        });

    /// <summary>The one line that says how many files were skipped, when any were.</summary>
    public void ReportSkipped()
    {
        if (Skipped > 0) error.WriteLine($"{Skipped} of {Files} files could not be read as scorecards and were skipped.");
    }
}
