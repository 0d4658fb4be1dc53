using GillRepro.Cli.Output;

namespace GillRepro.Cli.Inputs;

/// <summary>A scorecard file read and parsed: its paper, or the problem that kept it from being one.</summary>
internal sealed record ReadResult(ScorecardSource Source, Paper? Paper, string? Problem);

/// <summary>
/// Reads and parses many scorecard files on all cores, handing them back in the order of the sources,
/// so output is the same however the work was shared out. Results stream: nothing holds the corpus.
/// </summary>
internal static class CorpusReader
{
    public static IEnumerable<ReadResult> Read(IReadOnlyList<ScorecardSource> sources, CancellationToken cancel = default) =>
        sources.AsParallel()
            .AsOrdered()
            .WithCancellation(cancel)
            .WithDegreeOfParallelism(Environment.ProcessorCount)
            .WithMergeOptions(ParallelMergeOptions.NotBuffered)
            .Select(ReadOne);

    private static ReadResult ReadOne(ScorecardSource source)
    {
        if (!source.TryReadText(out var text, out var unreadable))
        {
            return new ReadResult(source, null, Problems.Format(source.Name, unreadable, lenient: false));
        }
        return Scorecard.TryParse(text, out var paper, out var problem)
            ? new ReadResult(source, paper, null)
            : new ReadResult(source, null, Problems.Format(source.Name, problem, lenient: false));
    }
}
