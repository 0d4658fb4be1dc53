using System.CommandLine;
using GillRepro.Cli.Inputs;
using GillRepro.Cli.Output;

namespace GillRepro.Cli.Commands;

/// <summary><c>gillrepro plot PATH ... --by year -o FILE.png|FILE.svg</c></summary>
internal static class PlotCommand
{
    public static Command Create()
    {
        var paths = Arguments.Paths("Scorecard files (markdown or plain text), or folders searched recursively for *.md and *.txt.", required: true);
        var by = new Option<string>("--by")
        {
            Description = "The trend's axis; only year is drawn.",
            DefaultValueFactory = _ => "year",
        };
        by.AcceptOnlyFromAmong("year");
        var output = Options.OutputFile("The picture to write: a .png or a .svg file.");
        output.Validators.Add(result =>
        {
            var file = result.GetValueOrDefault<FileInfo>();
            if (file is not null && file.Extension.ToLowerInvariant() is not (".png" or ".svg"))
                result.AddError($"The picture must be a .png or a .svg file, not '{file.Name}'.");
        });
        var quiet = Options.Quiet();

        var command = new Command("plot", "Draw the Index's trend per year: papers sharing both code and data, the inferred reproducibility rate with its 95% band, and each variable's percent Yes.")
        {
            paths, by, output, quiet,
        };
        command.SetAction(result => Run(
            result.GetValue(paths) ?? [],
            result.GetValue(output)!,
            result.GetValue(quiet),
            result.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string[] paths, FileInfo file, bool quiet, TextWriter error)
    {
        if (!ScorecardSource.TryExpand(paths, ScorecardSource.AnyRendering, error, out var sources)) return ExitCodes.Usage;

        var (summary, corpus) = Corpus.Summarize(sources, GroupBy.Year, error, quiet);

        TrendPlot.Save(summary, file.FullName);
        error.WriteLine($"Drew {summary.Groups.Count} years of {summary.Papers} papers to {file}.");
        corpus.ReportSkipped();
        return corpus.Skipped > 0 ? ExitCodes.Problems : ExitCodes.Success;
    }
}
