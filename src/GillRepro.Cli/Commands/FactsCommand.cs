using System.CommandLine;
using GillRepro.Cli.Inputs;
using GillRepro.Cli.Output;
using GillRepro.Facts;

namespace GillRepro.Cli.Commands;

/// <summary><c>gillrepro facts [PATH ...] [--format table|json|jsonl|csv] [--lenient] [--quiet]</c></summary>
internal static class FactsCommand
{
    public static Command Create()
    {
        var paths = Arguments.Paths("Scorecard files (markdown or plain text), or folders searched recursively for *.md and *.txt. With none, the sample scorecard embedded in the tool (GILL, NeurIPS 2023).", required: false);
        var format = Options.Choice<FactsFormat>("--format", "-f",
            "table: one row per paper; json: one JSON array; jsonl: one JSON object per paper per line; csv: one row per paper, list columns joined with '; '.", FactsFormat.Table);
        var lenient = Options.Lenient();
        var quiet = Options.Quiet();
        var command = new Command("facts", "What each paper's evidence says it ran on and shared: code links, their hosts, anonymized or only promised code; devices (kind, model, count); software with versions.")
        {
            paths, format, lenient, quiet,
        };
        command.SetAction((result, cancel) => Cancellation.Run(result.InvocationConfiguration.Error, "what was printed ends with a whole line", () => Run(
            result.GetValue(paths) ?? [],
            result.GetValue(format),
            result.GetValue(lenient),
            result.InvocationConfiguration.Output,
            result.InvocationConfiguration.Error,
            cancel)));
        return command;
    }

    private static int Run(string[] paths, FactsFormat format, bool lenient, TextWriter output, TextWriter error, CancellationToken cancel)
    {
        if (!ScorecardSource.TryExpand(paths, ScorecardSource.AnyRendering, error, out var sources)) return ExitCodes.Usage;

        // Every paper once (the copy that counts, as summary counts it); JSON Lines and CSV as they come.
        var corpus = new CorpusFiles(sources, error, lenient, cancel: cancel);
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
        }
        return corpus.Report(done: "read", purpose: "read facts from", sayLeftOut: false);
    }
}
