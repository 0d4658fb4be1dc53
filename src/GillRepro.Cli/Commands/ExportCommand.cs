using System.CommandLine;
using GillRepro.Cli.Inputs;
using GillRepro.Cli.Output;

namespace GillRepro.Cli.Commands;

/// <summary><c>gillrepro export PATH ... --format csv|jsonl|parquet -o FILE [--profile NAME|FILE]</c></summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var paths = Arguments.Paths("Scorecard files (markdown or plain text), or folders searched recursively for *.md and *.txt.", required: true);
        var format = Options.Choice<ExportFormat>("--format", "-f", "csv (RFC 4180), jsonl (one JSON object per paper per line) or parquet (for pandas, DuckDB, Spark).");
        var output = Options.OutputFile("The file to write; it is replaced, whole, only when the export finished.");
        var quiet = Options.Quiet();
        var lenient = Options.Lenient();
        var profile = Options.Profile();
        var facts = new Option<bool>("--facts")
        {
            Description = "Add what the evidence says each paper ran on and shared (docs/facts.md): code links, hosts, anonymized, promised, devices and software; list columns joined with '; ' in csv and parquet, a 'facts' object in jsonl.",
        };

        var filters = new FilterOptions();
        var command = new Command("export", "Write one row per paper (file, venue, year, title, authors, the nine results, both scores, empirical, complete; with --profile its compliance) as CSV, JSON Lines or Parquet.")
        {
            paths, format, output, quiet, lenient, profile, facts,
        };
        filters.AddTo(command);
        command.SetAction((result, cancel) => !filters.TryGet(result, result.InvocationConfiguration.Error, out var filter) ? Task.FromResult(ExitCodes.Usage) : RunAsync(
            result.GetValue(paths) ?? [],
            result.GetValue(format),
            result.GetValue(output)!,
            result.GetValue(quiet),
            result.GetValue(lenient),
            result.GetValue(profile),
            result.GetValue(facts),
            result.InvocationConfiguration.Error,
            cancel, filter));
        return command;
    }

    private static async Task<int> RunAsync(string[] paths, ExportFormat format, FileInfo file, bool quiet, bool lenient, string? profileName, bool facts, TextWriter error, CancellationToken cancel, PaperFilter filter)
    {
        if (!ProfileSource.TryResolve(profileName, error, out var profile)) return ExitCodes.Usage;
        if (!ScorecardSource.TryExpand(paths, ScorecardSource.AnyRendering, error, out var sources)) return ExitCodes.Usage;
        if (!OutputFile.IsNotAnInput(file, paths, ScorecardSource.AnyRendering, error)) return ExitCodes.Usage;

        var papers = 0;
        CorpusFiles? corpus = null;
        try
        {
            var written = await OutputFile.TryWriteAsync(file, error, temporary => Progress.RunAsync(error, quiet, sources.CountFiles, "Exporting scorecards", async advance =>
            {
                // Rows are written as the papers come, each paper's first copy. Which copy of a paper counts
                // is known only at the end: where a better copy came after the one written (a whole page
                // after a cut one), the file is written again, each paper as the copy that counts. Rare,
                // and memory does not grow with the corpus either way.
                corpus = new CorpusFiles(sources, error, lenient, advance, cancel: cancel, filter: filter, quiet: quiet);
                var counted = new Dictionary<string, (string Source, int Offset)>(StringComparer.Ordinal);
                var again = false;
                await using (var stream = File.Create(temporary))
                await using (var writer = await ExportWriters.CreateAsync(format, stream, profile, facts).ConfigureAwait(false))
                {
                    foreach (var outcome in corpus.Copies())
                    {
                        cancel.ThrowIfCancellationRequested();
                        if (!outcome.Counts) continue;
                        counted[outcome.Key] = (outcome.Copy.Source, outcome.Copy.Span.Offset);
                        if (outcome.Standing == CopyStanding.Replaces) again = true;
                        else await writer.WriteAsync(ScoredPaper.Of(outcome.Copy.Paper, outcome.Copy.Source, profile, facts)).ConfigureAwait(false);
                    }
                }
                if (again)
                {
                    await using var stream = File.Create(temporary);
                    await using var writer = await ExportWriters.CreateAsync(format, stream, profile, facts).ConfigureAwait(false);
                    foreach (var outcome in new CorpusFiles(sources, TextWriter.Null, lenient, cancel: cancel, noteCopies: false, filter: filter).Copies())
                    {
                        cancel.ThrowIfCancellationRequested();
                        if (counted[outcome.Key] == (outcome.Copy.Source, outcome.Copy.Span.Offset)) await writer.WriteAsync(ScoredPaper.Of(outcome.Copy.Paper, outcome.Copy.Source, profile, facts)).ConfigureAwait(false);
                    }
                }
                papers = counted.Count;
                // Nothing read is nothing to write: the file is left as it was.
                return papers > 0;
            })).ConfigureAwait(false);
            if (!written) return ExitCodes.Usage;
        }
        catch (OperationCanceledException)
        {
            error.WriteLine($"gillrepro: cancelled; {file} was not written.");
            return ExitCodes.Cancelled;
        }

        if (papers > 0) error.WriteLine($"Wrote {SummaryOutput.Count(papers, "paper")} to {file}.");
        return corpus!.Report();
    }
}
