using System.CommandLine;
using GillRepro.Cli.Inputs;
using GillRepro.Cli.Output;
using GillRepro.Cli.Report;

namespace GillRepro.Cli.Commands;

/// <summary><c>gillrepro report PATH ... -o report.html [--profile NAME|FILE] [--title TEXT]</c>: one self-contained HTML page of a corpus.</summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var paths = Arguments.Paths("Scorecard files (markdown or plain text), or folders searched recursively for *.md and *.txt.", required: true);
        var output = Options.OutputFile("The page to write, such as report.html: one file with its styles, script, charts and data inside.");
        var profile = Options.Profile();
        var title = new Option<string>("--title") { Description = "The page's title (default: how many papers it shows).", HelpName = "TEXT" };
        var quiet = Options.Quiet();
        var lenient = Options.Lenient();
        var filters = new FilterOptions();
        var command = new Command("report", "Write one self-contained HTML page of a corpus: the headline, the year, venue and venue-year tables (sortable), the trend, each variable per year, the distribution of D, compliance with a profile, and every paper, searchable and filterable. It works offline and requests nothing from the network.")
        {
            paths, output, profile, title, quiet, lenient,
        };
        filters.AddTo(command);
        command.SetAction((result, cancel) => !filters.TryGet(result, result.InvocationConfiguration.Error, out var filter) ? Task.FromResult(ExitCodes.Usage) : RunAsync(
            result.GetValue(paths) ?? [],
            result.GetValue(output)!,
            result.GetValue(profile),
            result.GetValue(title),
            result.GetValue(quiet),
            result.GetValue(lenient),
            result.InvocationConfiguration.Error,
            cancel, filter));
        return command;
    }

    private static async Task<int> RunAsync(string[] paths, FileInfo file, string? profileName, string? title, bool quiet, bool lenient, TextWriter error, CancellationToken cancel, PaperFilter filter)
    {
        if (!ProfileSource.TryResolve(profileName, error, out var profile)) return ExitCodes.Usage;
        if (!ScorecardSource.TryExpand(paths, ScorecardSource.AnyRendering, error, out var sources)) return ExitCodes.Usage;
        if (!OutputFile.IsNotAnInput(file, paths, ScorecardSource.AnyRendering, error)) return ExitCodes.Usage;

        try
        {
            var (papers, corpus) = Progress.Run(error, quiet, sources.CountFiles, "Reading scorecards", advance =>
            {
                var corpus = new CorpusFiles(sources, error, lenient, advance, cancel: cancel, filter: filter, quiet: quiet);
                // Each paper once: a copy that replaces an earlier one takes its place in the list.
                var papers = new List<(string File, Paper Paper)>();
                var at = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var outcome in corpus.Copies())
                {
                    var entry = (Relative(paths, outcome.Copy.Source), WithoutEvidence(outcome.Copy.Paper));
                    if (outcome.Standing == CopyStanding.First)
                    {
                        at[outcome.Key] = papers.Count;
                        papers.Add(entry);
                    }
                    else if (outcome.Standing == CopyStanding.Replaces)
                    {
                        papers[at[outcome.Key]] = entry;
                    }
                }
                return (papers, corpus);
            });
            if (corpus.PaperCount == 0) return corpus.Report(purpose: "report");
            if (!await OutputFile.TryWriteAsync(file, error, async temporary =>
                {
                    await using var writer = new StreamWriter(temporary, false, new System.Text.UTF8Encoding(false), 1 << 16);
                    await ReportBuilder.WriteAsync(writer, papers, profile, title, filter).ConfigureAwait(false);
                    return true;
                }).ConfigureAwait(false))
            {
                return ExitCodes.Usage;
            }
            error.WriteLine($"Wrote the report of {SummaryOutput.Count(papers.Count, "paper")} to {file} ({new FileInfo(file.FullName).Length / 1024.0 / 1024:0.0} MB).");
            return corpus.Report(purpose: "report");
        }
        catch (OperationCanceledException)
        {
            error.WriteLine($"gillrepro: cancelled; {file} was not written.");
            return ExitCodes.Cancelled;
        }
    }

    /// <summary>A file as the report names it: relative to the folder it was found in (a third of a paper's bytes in the page were the folder's path), or as given.</summary>
    private static string Relative(string[] paths, string file)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path) && file.StartsWith(Path.TrimEndingDirectorySeparator(path) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                return Path.GetRelativePath(path, file);
        }
        return file;
    }

    /// <summary>
    /// The paper as the report needs it: the evidence text is most of a paper's memory (about 10 KB of a
    /// real page) and the page does not show it, so every paper is kept without it until the page is written.
    /// </summary>
    private static Paper WithoutEvidence(Paper paper) =>
        paper with { Variables = [.. paper.Variables.Select(v => v with { Evidence = v.Evidence with { Text = "" } })] };
}
