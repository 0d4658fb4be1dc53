using System.CommandLine;
using GillRepro.Cli.Inputs;
using GillRepro.Cli.Output;

namespace GillRepro.Cli.Commands;

/// <summary><c>gillrepro plot PATH ... -o FILE.png|FILE.svg</c></summary>
internal static class PlotCommand
{
    public static Command Create()
    {
        var paths = Arguments.Paths("Scorecard files (markdown or plain text), or folders searched recursively for *.md and *.txt.", required: true);
        var output = Options.OutputFile("The picture to write: a .png or a .svg file.");
        output.Validators.Add(result =>
        {
            var file = result.GetValueOrDefault<FileInfo>();
            if (file is not null && file.Extension.ToLowerInvariant() is not (".png" or ".svg"))
                result.AddError($"--output: the picture must be a .png or a .svg file, not '{file.Name}'.");
        });
        var quiet = Options.Quiet();
        var lenient = Options.Lenient();

        var command = new Command("plot", "Draw the Index's trend per year: papers sharing both code and data, the inferred reproducibility rate with its 95% band, and each variable's percent Yes.")
        {
            paths, output, quiet, lenient,
        };
        command.SetAction((result, cancel) => RunAsync(
            result.GetValue(paths) ?? [],
            result.GetValue(output)!,
            result.GetValue(quiet),
            result.GetValue(lenient),
            result.InvocationConfiguration.Error,
            cancel));
        return command;
    }

    private static async Task<int> RunAsync(string[] paths, FileInfo file, bool quiet, bool lenient, TextWriter error, CancellationToken cancel)
    {
        if (!ScorecardSource.TryExpand(paths, ScorecardSource.AnyRendering, error, out var sources)) return ExitCodes.Usage;

        try
        {
            var (summary, corpus) = Corpus.Summarize(sources, GroupBy.Year, lenient, error, quiet, cancel);
            if (corpus.PaperCount == 0) return corpus.Report();
            if (!await OutputFile.TryWriteAsync(file, error, temporary =>
                {
                    TrendPlot.Save(summary, temporary);
                    return Task.FromResult(true);
                }).ConfigureAwait(false))
            {
                return ExitCodes.Usage;
            }
            error.WriteLine($"Drew {summary.Groups.Count} {(summary.Groups.Count == 1 ? "year" : "years")} of {summary.Papers} {(summary.Papers == 1 ? "paper" : "papers")} to {file}.");
            return corpus.Report();
        }
        catch (OperationCanceledException)
        {
            error.WriteLine($"gillrepro: cancelled; {file} was not written.");
            return ExitCodes.Cancelled;
        }
    }
}
