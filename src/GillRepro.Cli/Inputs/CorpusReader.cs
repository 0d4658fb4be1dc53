using System.Runtime.ExceptionServices;
using GillRepro.Cli.Output;

namespace GillRepro.Cli.Inputs;

/// <summary>
/// A scorecard file read and parsed: the papers it holds (a file may hold several back to back), each as
/// a copy with the errors it was read with, the problems to report (one line each), and whether any of
/// them is an error.
/// </summary>
/// <param name="Source">The file.</param>
/// <param name="Copies">The papers read (strictly, the valid scorecards; leniently, what each holds).</param>
/// <param name="Problems">The lines to print on standard error.</param>
/// <param name="Failed">True when any scorecard of the file has an error, or the file could not be read.</param>
/// <param name="NotAScorecard">True for a file found in a folder that holds no scorecard, passed over.</param>
/// <param name="Rejected">The scorecards with an error (left out when read strictly); 1 for a file that could not be read at all.</param>
internal sealed record ReadResult(ScorecardSource Source, IReadOnlyList<PaperCopy> Copies, IReadOnlyList<string> Problems, bool Failed, bool NotAScorecard = false, int Rejected = 0);

/// <summary>
/// Reads and parses many scorecard files on all cores, handing them back in the order of the sources,
/// so output is the same however the work was shared out. Results stream: nothing holds the corpus.
/// </summary>
internal static class CorpusReader
{
    /// <summary>Files handed to a core at a time: one at a time, the cores spent a tenth of their time waking each other (measured with perf on the real-page corpus).</summary>
    private const int Batch = 32;

    /// <summary>
    /// Batches read ahead of the caller, at most, per core. The readers stop there until the caller takes
    /// one, so memory does not grow with the corpus: PLINQ's ordered merge buffered thousands of parsed
    /// files when the caller was the slower side (60, 78 and 121 MiB at 1x, 4x and 16x the real pages) and
    /// the collector spent most of a second copying them (docs/performance.md). Two, not four: fewer parsed
    /// batches are alive when a generation-0 collection comes, so fewer are copied, and two still keep both
    /// cores busy (native tool, 58,640 real pages, against four: summary 0.90-0.93x wall, score jsonl 0.88x,
    /// export parquet 0.88x; one was no faster than two).
    /// </summary>
    private const int AheadPerCore = 2;

    /// <summary>
    /// Every source read and parsed, in order. One reader per core takes the next batch of files as it
    /// finishes one, so no core waits for another's batch; the caller takes the batches in order.
    /// </summary>
    public static IEnumerable<ReadResult> Read(IEnumerable<ScorecardSource> sources, bool lenient, bool all = false, CancellationToken cancel = default)
    {
        // The sources are walked as they are read: a reader takes the next batch of them under the lock,
        // with its number. The first batch short of Batch (empty when the count divides evenly) is the last.
        var gate = new object();
        var files = sources.GetEnumerator();
        var taken = 0;
        var ended = false;

        // Batch i is handed over in slot i % slots.Length. Each slot gets a new handle as its batch is taken,
        // so a parsed batch is referenced only until it is taken and dies young: a handle kept for the whole
        // run would grow old and keep every batch it ever held alive into the oldest generation.
        var slots = new TaskCompletionSource<ReadResult[]>[Environment.ProcessorCount * AheadPerCore];
        for (var i = 0; i < slots.Length; i++) slots[i] = NewSlot();
        using var room = new SemaphoreSlim(slots.Length);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        for (var reader = 0; reader < Environment.ProcessorCount; reader++)
        {
            _ = Task.Factory.StartNew(ReadBatches, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }

        try
        {
            for (var i = 0; ; i++)
            {
                var batch = Volatile.Read(ref slots[i % slots.Length]).Task;
                batch.Wait(cancel);
                Volatile.Write(ref slots[i % slots.Length], NewSlot());
                room.Release();
                foreach (var result in batch.Result) yield return result;
                if (batch.Result.Length < Batch) break;   // a short batch (or an empty one) is the last
            }
        }
        finally
        {
            // Done, or the caller stopped early (or was cancelled): the readers finish the batch in hand and go.
            stop.Cancel();
            lock (gate)
            {
                ended = true;
                files.Dispose();
            }
        }

        static TaskCompletionSource<ReadResult[]> NewSlot() => new(TaskCreationOptions.RunContinuationsAsynchronously);

        void ReadBatches()
        {
            try
            {
                while (true)
                {
                    // A place is free once the batch a whole round of slots earlier has been taken.
                    room.Wait(stop.Token);
                    int i;
                    var batch = new List<ScorecardSource>(Batch);
                    Exception? failed = null;
                    lock (gate)
                    {
                        if (ended) return;
                        try
                        {
                            while (batch.Count < Batch && files.MoveNext()) batch.Add(files.Current);
                        }
                        catch (Exception e)
                        {
                            failed = e;
                        }
                        i = taken++;
                        ended = batch.Count < Batch;
                    }

                    var slot = Volatile.Read(ref slots[i % slots.Length]);
                    try
                    {
                        if (failed is not null) ExceptionDispatchInfo.Throw(failed);
                        var results = new ReadResult[batch.Count];
                        for (var j = 0; j < results.Length; j++) results[j] = ReadOne(batch[j], lenient, all);
                        slot.SetResult(results);
                    }
                    catch (Exception e)
                    {
                        slot.SetException(e);
                    }
                    if (batch.Count < Batch) return;
                }
            }
            catch (OperationCanceledException)
            {
            }
            catch (ObjectDisposedException)
            {
                // The caller is gone and has disposed of the semaphore.
            }
        }
    }

    /// <summary>
    /// One file: every scorecard in it, read as the library reads a text of many (<see cref="ScorecardSource.TryRead"/>).
    /// Strictly, a scorecard with an error is reported at its first error and left out; leniently, what it
    /// holds is kept (marked incomplete where a variable is missing) and its problems are reported.
    /// </summary>
    public static ReadResult ReadOne(ScorecardSource source, bool lenient, bool all = false)
    {
        if (!source.TryRead(out var reports, out var notAScorecard, out var unreadable, lenient))
        {
            return new ReadResult(source, [], [unreadable], true, Rejected: 1);
        }

        // A README or a licence beside the scorecards is passed over and named, not a broken scorecard.
        if (notAScorecard) return new ReadResult(source, [], [], false, NotAScorecard: true);

        var copies = new List<PaperCopy>(1);
        var problems = new List<string>();
        var failed = false;
        var any = false;
        var rejected = 0;
        try
        {
            foreach (var report in reports)
            {
                any = true;
                failed |= !report.IsValid;
                if (!report.IsValid) rejected++;
                if (lenient)
                {
                    if (PaperCopy.From(report, source.Name) is { } copy) copies.Add(copy);
                    problems.AddRange(Problems.Listed(source.Name, report.Diagnostics, all));
                }
                else if (report.IsValid)
                {
                    copies.Add(PaperCopy.From(report, source.Name)!);
                    // Text passed over (a site's header, a browser's footer) is named also when read strictly: it is not the paper's.
                    foreach (var diagnostic in report.Diagnostics)
                    {
                        if (diagnostic.Code is DiagnosticCodes.TextBeforeScorecard or DiagnosticCodes.TextAfterTable) problems.Add(Problems.Format(source.Name, diagnostic, lenient: true));
                    }
                }
                else
                {
                    problems.Add(Problems.Format(source.Name, report.FirstError!, lenient: false));
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A stream that breaks while it is read: what was read counts, the rest is one line.
            problems.Add($"{source.Name}: cannot be read to its end: {e.Message}");
            failed = true;
        }
        if (!any && !failed)
        {
            // A file named on the command line that holds nothing at all says so; one found in a folder is passed over.
            return source.Found ? new ReadResult(source, [], [], false, NotAScorecard: true) : new ReadResult(source, [], [source.Empty], true, Rejected: 1);
        }
        return new ReadResult(source, copies, problems, failed, Rejected: Math.Max(rejected, failed ? 1 : 0));
    }
}
