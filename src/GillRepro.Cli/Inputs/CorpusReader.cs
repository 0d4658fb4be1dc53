using GillRepro.Cli.Output;

namespace GillRepro.Cli.Inputs;

/// <summary>
/// A scorecard file read and parsed: the papers it holds (a file may hold several back to back), the
/// problems to report (one line each), and whether any of them is an error.
/// </summary>
internal sealed record ReadResult(ScorecardSource Source, IReadOnlyList<Paper> Papers, IReadOnlyList<string> Problems, bool Failed, bool NotAScorecard = false);

/// <summary>
/// Reads and parses many scorecard files on all cores, handing them back in the order of the sources,
/// so output is the same however the work was shared out. Results stream: nothing holds the corpus.
/// </summary>
internal static class CorpusReader
{
    /// <summary>Files handed to a core at a time: one at a time, the cores spent a tenth of their time waking each other (measured with perf on the real-page corpus).</summary>
    private const int Batch = 32;

    public static IEnumerable<ReadResult> Read(IReadOnlyList<ScorecardSource> sources, bool lenient, bool all = false, CancellationToken cancel = default) =>
        sources.Chunk(Batch)
            .AsParallel()
            .AsOrdered()
            .WithCancellation(cancel)
            .WithDegreeOfParallelism(Environment.ProcessorCount)
            .WithMergeOptions(ParallelMergeOptions.NotBuffered)
            .SelectMany(batch => Array.ConvertAll(batch, source => ReadOne(source, lenient, all)));

    /// <summary>
    /// One file: every scorecard in it (<see cref="Scorecard.ParseMany(string, ScorecardParseOptions)"/>). Strictly, a scorecard with an
    /// error is reported at its first error and left out; leniently, what it holds is kept (marked
    /// incomplete where a variable is missing) and its problems are reported.
    /// </summary>
    public static ReadResult ReadOne(ScorecardSource source, bool lenient, bool all = false)
    {
        if (!source.TryReadText(out var text, out var unreadable, lenient))
        {
            return new ReadResult(source, [], [unreadable], true);
        }

        // A README or a licence beside the scorecards is passed over and named, not a broken scorecard.
        if (source.IsNotAScorecard(text)) return new ReadResult(source, [], [], false, NotAScorecard: true);

        var papers = new List<Paper>(1);
        var problems = new List<string>();
        var failed = false;
        foreach (var report in Scorecard.ParseMany(text))
        {
            failed |= !report.IsValid;
            if (lenient)
            {
                if (report.Paper is { } paper) papers.Add(paper);
                problems.AddRange(Problems.Listed(source.Name, report.Diagnostics, all));
            }
            else if (report.IsValid)
            {
                papers.Add(report.Paper!);
            }
            else
            {
                problems.Add(Problems.Format(source.Name, report.FirstError!, lenient: false));
            }
        }
        return new ReadResult(source, papers, problems, failed);
    }
}
