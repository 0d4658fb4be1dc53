using System.CommandLine;
using GillRepro.Audit;
using GillRepro.Cli.Inputs;
using GillRepro.Cli.Output;

namespace GillRepro.Cli.Commands;

/// <summary><c>gillrepro audit [PATH ...] [--format table|json|jsonl|csv] [--lenient] [--quiet]</c></summary>
internal static class AuditCommand
{
    public static Command Create()
    {
        var paths = Arguments.Paths("Scorecard files (markdown or plain text), or folders searched recursively for *.md and *.txt. With none, the sample scorecard embedded in the tool (GILL, NeurIPS 2023).", required: false);
        var format = Options.Choice<AuditFormat>("--format", "-f",
            "table: one row per finding; json: one JSON array; jsonl: one JSON object per finding per line; csv: one row per finding. The likeliest wrong label first.", AuditFormat.Table);
        var lenient = Options.Lenient();
        var quiet = Options.Quiet();
        var filters = new FilterOptions();
        var command = new Command("audit", "Labels their own evidence does not support: each finding with its rule (docs/audit.md), a message and the words that made it fire, the likeliest wrong label first.")
        {
            paths, format, lenient, quiet,
        };
        filters.AddTo(command);
        command.SetAction((result, cancel) => !filters.TryGet(result, result.InvocationConfiguration.Error, out var filter) ? Task.FromResult(ExitCodes.Usage) : Cancellation.Run(result.InvocationConfiguration.Error, "nothing was printed", () => Run(
            result.GetValue(paths) ?? [],
            result.GetValue(format),
            result.GetValue(lenient),
            result.GetValue(quiet),
            result.InvocationConfiguration.Output,
            result.InvocationConfiguration.Error,
            cancel, filter)));
        return command;
    }

    private static int Run(string[] paths, AuditFormat format, bool lenient, bool quiet, TextWriter output, TextWriter error, CancellationToken cancel, PaperFilter filter)
    {
        if (!ScorecardSource.TryExpand(paths, ScorecardSource.AnyRendering, error, out var sources)) return ExitCodes.Usage;

        // Findings are few (about one paper in three has one): kept, then ordered, the likeliest wrong label first.
        var corpus = new CorpusFiles(sources, error, lenient, cancel: cancel, filter: filter, quiet: quiet);
        var flagged = new List<FlaggedLabel>();
        var papers = 0;
        foreach (var outcome in corpus.Copies())
        {
            cancel.ThrowIfCancellationRequested();
            if (!outcome.Counts) continue;
            papers++;
            flagged.AddRange(FlaggedLabel.Of(outcome.Copy.Paper, outcome.Copy.Source));
        }
        var ordered = FlaggedLabel.Likeliest(flagged).ToList();

        switch (format)
        {
            case AuditFormat.Jsonl:
                foreach (var f in ordered)
                {
                    output.Write(ScorecardJson.Serialize(f, indented: false));
                    output.Write('\n');
                }
                break;
            case AuditFormat.Json:
                output.Write(ScorecardJson.Serialize(ordered));
                output.Write('\n');
                break;
            case AuditFormat.Csv:
                using (var csv = CsvFiles.Writer(output))
                {
                    csv.WriteRecord(FactsOutput.AuditColumns);
                    foreach (var f in ordered) csv.WriteRecord(FactsOutput.AuditCells(f));
                }
                break;
            default:
                if (ordered.Count > 0) FactsOutput.WriteAuditTable(output, ordered);
                break;
        }
        if (!quiet && papers > 0)
            error.WriteLine($"{SummaryOutput.Count(ordered.Count, "finding")} in {SummaryOutput.Count(papers, "paper")} ({ordered.Select(f => (f.File, f.Title)).Distinct().Count()} with at least one).");
        return corpus.Report(done: "audited", purpose: "audit", sayLeftOut: false);
    }
}
