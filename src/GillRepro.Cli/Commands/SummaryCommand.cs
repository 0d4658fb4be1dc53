using System.CommandLine;
using GillRepro.Cli.Inputs;
using GillRepro.Cli.Output;

namespace GillRepro.Cli.Commands;

/// <summary><c>gillrepro summary PATH ... [--by year|venue|venue-year|affiliation|none] [--format table|json|csv] [--profile NAME|FILE] [--facts] [--audit]</c></summary>
internal static class SummaryCommand
{
    public static Command Create()
    {
        var paths = Arguments.Paths("Scorecard files (markdown or plain text), or folders searched recursively for *.md and *.txt.", required: true);
        var by = Options.By();
        var format = Options.Choice<SummaryFormat>("--format", "-f",
            "table: the Index's tables as markdown; json: {\"groups\": [...]}; csv: one row per group.", SummaryFormat.Table);
        var quiet = Options.Quiet();
        var lenient = Options.Lenient();
        var profile = Options.Profile();
        var facts = new Option<bool>("--facts")
        {
            Description = "Also what the evidence says the papers ran on and shared, per group: papers naming a device, the top device models and software, code Yes with a link, code promised or anonymized (docs/facts.md).",
        };
        var audit = new Option<bool>("--audit")
        {
            Description = "Also the share of labels their own evidence does not support, per variable and group (docs/audit.md).",
        };

        var filters = new FilterOptions();
        var command = new Command("summary", "The Index's figures for a corpus, per year, venue, venue-year, affiliation or all together: papers sharing code and data, mean Reproducibility Score with its 95% interval, Documentation Scores, each variable's percent Yes.")
        {
            paths, by, format, quiet, lenient, profile, facts, audit,
        };
        filters.AddTo(command);
        command.SetAction((result, cancel) => !filters.TryGet(result, result.InvocationConfiguration.Error, out var filter) ? Task.FromResult(ExitCodes.Usage) : Cancellation.Run(result.InvocationConfiguration.Error, "nothing was printed", () => Run(
            result.GetValue(paths) ?? [],
            result.GetValue(by),
            result.GetValue(format),
            result.GetValue(quiet),
            result.GetValue(lenient),
            result.GetValue(profile),
            (result.GetValue(facts) ? SummaryFigures.Facts : 0) | (result.GetValue(audit) ? SummaryFigures.Audit : 0),
            result.InvocationConfiguration.Output,
            result.InvocationConfiguration.Error,
            cancel, filter)));
        return command;
    }

    private static int Run(string[] paths, Grouping by, SummaryFormat format, bool quiet, bool lenient, string? profileName, SummaryFigures figures, TextWriter output, TextWriter error, CancellationToken cancel, PaperFilter filter)
    {
        if (!ProfileSource.TryResolve(profileName, error, out var profile)) return ExitCodes.Usage;
        if (!ScorecardSource.TryExpand(paths, ScorecardSource.AnyRendering, error, out var sources)) return ExitCodes.Usage;

        var (summary, corpus) = CorpusFiles.Summarize(sources, by, lenient, error, quiet, cancel, profile, figures, filter);
        if (corpus.PaperCount == 0) return corpus.Report();

        switch (format)
        {
            case SummaryFormat.Json:
                output.Write(ScorecardJson.Serialize(summary));
                output.Write('\n');
                break;
            case SummaryFormat.Csv:
                SummaryOutput.WriteCsv(output, summary);
                break;
            default:
                SummaryOutput.WriteTables(output, summary, corpus.ScorecardFiles, lenient ? 0 : corpus.Rejected, lenient ? corpus.Failed : 0, lenient);
                break;
        }

        return corpus.Report();
    }
}
