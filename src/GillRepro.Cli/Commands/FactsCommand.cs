using System.CommandLine;
using GillRepro.Cli.Inputs;
using GillRepro.Cli.Output;
using GillRepro.Facts;

namespace GillRepro.Cli.Commands;

/// <summary><c>gillrepro facts [PATH ...] [--format table|json|jsonl|csv|parquet] [-o FILE] [--lenient] [--quiet]</c></summary>
internal static class FactsCommand
{
    public static Command Create()
    {
        var paths = Arguments.Paths("Scorecard files (markdown or plain text), or folders searched recursively for *.md and *.txt. With none, the sample scorecard embedded in the tool (GILL, NeurIPS 2023).", required: false);
        var format = Options.Choice<FactsFormat>("--format", "-f",
            "table: one row per paper; json: one JSON array; jsonl: one JSON object per paper per line; csv: one row per paper, list columns joined with '; '; parquet: list columns as lists (needs --output).", FactsFormat.Table);
        var output = new Option<FileInfo>("--output", "-o") { Description = "Write to this file, whole or not at all, instead of standard output (needed for parquet)." };
        var lenient = Options.Lenient();
        var quiet = Options.Quiet();
        var filters = new FilterOptions();
        var command = new Command("facts", "What each paper's evidence says it ran on and shared: code links, their hosts, anonymized or only promised code; devices (kind, model, count); software with versions.")
        {
            paths, format, output, lenient, quiet,
        };
        filters.AddTo(command);
        command.SetAction(async Task<int> (ParseResult result, CancellationToken cancel) =>
        {
            var error = result.InvocationConfiguration.Error;
            if (!filters.TryGet(result, error, out var filter)) return ExitCodes.Usage;
            var (paths_, format_, lenient_, file, quiet_) = (result.GetValue(paths) ?? [], result.GetValue(format), result.GetValue(lenient), result.GetValue(output), result.GetValue(quiet));
            if (file is null)
            {
                if (format_ == FactsFormat.Parquet)
                {
                    error.WriteLine("gillrepro: --format parquet writes a binary file; name it with --output (-o).");
                    return ExitCodes.Usage;
                }
                return await Cancellation.Run(error, "what was printed ends with a whole line", () => Run(paths_, format_, lenient_, quiet_, result.InvocationConfiguration.Output, null, error, cancel, filter));
            }
            if (!OutputFile.IsNotAnInput(file, paths_, ScorecardSource.AnyRendering, error)) return ExitCodes.Usage;
            var exit = ExitCodes.Success;
            try
            {
                var written = await OutputFile.TryWriteAsync(file, error, async temporary =>
                {
                    await using var stream = File.Create(temporary);
                    await using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
                    exit = Run(paths_, format_, lenient_, quiet_, writer, stream, error, cancel, filter);
                    return exit != ExitCodes.Usage;
                }).ConfigureAwait(false);
                if (!written) return ExitCodes.Usage;
            }
            catch (OperationCanceledException)
            {
                error.WriteLine($"gillrepro: cancelled; {file} was not written.");
                return ExitCodes.Cancelled;
            }
            return exit;
        });
        return command;
    }

    private static int Run(string[] paths, FactsFormat format, bool lenient, bool quiet, TextWriter output, Stream? binary, TextWriter error, CancellationToken cancel, PaperFilter filter)
    {
        if (!ScorecardSource.TryExpand(paths, ScorecardSource.AnyRendering, error, out var sources)) return ExitCodes.Usage;

        // Every paper once (the copy that counts, as summary counts it); JSON Lines and CSV as they come.
        var corpus = new CorpusFiles(sources, error, lenient, cancel: cancel, filter: filter, quiet: quiet);
        var sheets = new List<FactSheet>();
        var csv = format == FactsFormat.Csv ? CsvFiles.Writer(output) : null;
        csv?.WriteRecord(FactsOutput.FactColumns);
        foreach (var outcome in corpus.Copies())
        {
            cancel.ThrowIfCancellationRequested();
            if (!outcome.Counts) continue;
            var sheet = FactSheet.Of(outcome.Copy.Paper, outcome.Copy.Source);
            switch (format)
            {
                case FactsFormat.Jsonl:
                    output.Write(ScorecardJson.Serialize(sheet, indented: false));
                    output.Write('\n');
                    break;
                case FactsFormat.Csv:
                    csv!.WriteRecord(FactsOutput.FactCells(sheet));
                    break;
                default:
                    sheets.Add(sheet);
                    break;
            }
        }
        csv?.Flush();
        csv?.Dispose();

        switch (format)
        {
            case FactsFormat.Json:
                output.Write(ScorecardJson.Serialize(sheets));
                output.Write('\n');
                break;
            case FactsFormat.Table when sheets.Count > 0:
                FactsOutput.WriteFactsTable(output, sheets);
                break;
            case FactsFormat.Parquet when sheets.Count > 0:
                FactsOutput.WriteParquetAsync(binary!, sheets).GetAwaiter().GetResult();
                break;
        }
        return corpus.Report(done: "read", purpose: "read facts from", sayLeftOut: false);
    }
}
