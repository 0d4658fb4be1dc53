using System.CommandLine;
using GillRepro.Cli.Inputs;
using GillRepro.Cli.Output;

namespace GillRepro.Cli.Commands;

/// <summary><c>gillrepro plot PATH ... -o FILE.png|FILE.svg</c>, and <c>gillrepro plot --compare FIRST SECOND [MORE ...] -o FILE</c></summary>
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
        var series = new Option<string>("--series")
        {
            Description = $"The lines to draw, separated by commas: {TrendSeries.Help}. Default: both,rate,variables.",
            HelpName = "LIST",
        };
        series.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is { } text && TrendSeries.Parse(text, out var unknown) is null)
                result.AddError($"--series takes {TrendSeries.Help}, not '{unknown}'.");
        });
        var title = new Option<string>("--title") { Description = "The picture's title (default: what it shows and of how many papers).", HelpName = "TEXT" };
        var size = new Option<string>("--size")
        {
            Description = $"The picture's size in pixels, WIDTHxHEIGHT (default {TrendPlot.Width}x{TrendPlot.Height}; each from 300 to 8000).",
            HelpName = "WxH",
        };
        size.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is { } text && ParseSize(text) is null)
                result.AddError($"--size takes WIDTHxHEIGHT in pixels, each from 300 to 8000, such as 1600x900, not '{text}'.");
        });
        var facts = Options.Choice<GillRepro.Facts.FactTopic>("--facts", "-F",
            "Draw a fact of the evidence per year instead of the trend: hardware (the most named device models), software (the most named software), code (links, promised, anonymized); see docs/facts.md.", null);
        facts.Required = false;
        var compare = new Option<bool>("--compare")
        {
            Description = "Read the paths as labellings of the same papers (as 'gillrepro compare' does) and draw each variable's agreement and kappa instead of the trend.",
        };

        var filters = new FilterOptions();
        var command = new Command("plot", "Draw the Index's trend per year: papers sharing both code and data, the inferred reproducibility rate with its 95% band, and each variable's percent Yes; with --compare, how far labellings agree per variable.")
        {
            paths, output, quiet, lenient, compare, facts, series, title, size,
        };
        filters.AddTo(command);
        command.SetAction((result, cancel) => !filters.TryGet(result, result.InvocationConfiguration.Error, out var filter) ? Task.FromResult(ExitCodes.Usage) : result.GetValue(compare)
            ? CompareAsync(result.GetValue(paths) ?? [], result.GetValue(output)!, result.GetValue(lenient), result.InvocationConfiguration.Error)
            : result.GetResult(facts) is not null
            ? FactsAsync(
                result.GetValue(paths) ?? [],
                result.GetValue(output)!,
                result.GetValue(quiet),
                result.GetValue(lenient),
                result.GetValue(facts),
                result.GetValue(title),
                result.GetValue(size) is { } factSize ? ParseSize(factSize) : null,
                result.InvocationConfiguration.Error,
                cancel, filter)
            : RunAsync(
                result.GetValue(paths) ?? [],
                result.GetValue(output)!,
                result.GetValue(quiet),
                result.GetValue(lenient),
                result.GetValue(series) is { } text ? TrendSeries.Parse(text, out _)! : TrendSeries.Default,
                result.GetValue(title),
                result.GetValue(size) is { } wxh ? ParseSize(wxh) : null,
                result.InvocationConfiguration.Error,
                cancel, filter));
        return command;
    }

    private static async Task<int> CompareAsync(string[] paths, FileInfo file, bool lenient, TextWriter error)
    {
        if (paths.Length < 2)
        {
            error.WriteLine("gillrepro: plot --compare needs two or more labellings, such as a folder labelled by people and one by an LLM run.");
            return ExitCodes.Usage;
        }
        if (!OutputFile.IsNotAnInput(file, paths, ScorecardSource.AnyRendering, error)) return ExitCodes.Usage;
        if (!Labellings.TryRead(paths, lenient, error, out var labellings, out var exit)) return exit;
        Action<string> draw;
        int papers;
        if (labellings.Count == 2)
        {
            var comparison = LabellingComparison.Of(labellings[0], labellings[1]);
            if (!Labellings.Report(papers = comparison.Papers, comparison.Duplicates, comparison.Unmatched.Count, json: false, error)) return ExitCodes.Problems;
            draw = temporary => AgreementPlot.Save(comparison, temporary);
        }
        else
        {
            var stability = Stability.Of([.. labellings]);
            if (!Labellings.Report(papers = stability.Papers, stability.Duplicates, stability.Unmatched.Count, json: false, error)) return ExitCodes.Problems;
            draw = temporary => AgreementPlot.Save(stability, temporary);
        }
        if (!await OutputFile.TryWriteAsync(file, error, temporary =>
            {
                draw(temporary);
                return Task.FromResult(true);
            }).ConfigureAwait(false))
        {
            return ExitCodes.Usage;
        }
        error.WriteLine($"Drew the agreement of {labellings.Count} labellings on {SummaryOutput.Count(papers, "paper")} to {file}.");
        return exit;
    }

    /// <summary><c>1600x900</c> as a width and height, each from 300 to 8000 pixels; null otherwise.</summary>
    private static (int Width, int Height)? ParseSize(string text)
    {
        var parts = text.Split('x', 'X');
        return parts.Length == 2
            && int.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var width)
            && int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var height)
            && width is >= 300 and <= 8000 && height is >= 300 and <= 8000
            ? (width, height)
            : null;
    }

    private static async Task<int> FactsAsync(string[] paths, FileInfo file, bool quiet, bool lenient, GillRepro.Facts.FactTopic topic, string? title, (int Width, int Height)? size, TextWriter error, CancellationToken cancel, PaperFilter filter)
    {
        if (!ScorecardSource.TryExpand(paths, ScorecardSource.AnyRendering, error, out var sources)) return ExitCodes.Usage;
        if (!OutputFile.IsNotAnInput(file, paths, ScorecardSource.AnyRendering, error)) return ExitCodes.Usage;
        try
        {
            var (trend, corpus) = Progress.Run(error, quiet, sources.CountFiles, "Reading scorecards", advance =>
            {
                var corpus = new CorpusFiles(sources, error, lenient, advance, cancel: cancel, filter: filter, quiet: quiet);
                return (GillRepro.Facts.FactTrend.Of(corpus.Copies(), topic), corpus);
            });
            if (corpus.PaperCount == 0) return corpus.Report();
            if (!await OutputFile.TryWriteAsync(file, error, temporary =>
                {
                    FactPlot.Save(trend, temporary, title, size);
                    return Task.FromResult(true);
                }).ConfigureAwait(false))
            {
                return ExitCodes.Usage;
            }
            error.WriteLine($"Drew {Options.Word(topic)} facts of {SummaryOutput.Count(trend.Years.Sum(y => y.Papers), "paper")} in {SummaryOutput.Count(trend.Years.Count, "year")} to {file}.");
            return corpus.Report();
        }
        catch (OperationCanceledException)
        {
            error.WriteLine($"gillrepro: cancelled; {file} was not written.");
            return ExitCodes.Cancelled;
        }
    }

    private static async Task<int> RunAsync(string[] paths, FileInfo file, bool quiet, bool lenient, TrendSeries series, string? title, (int Width, int Height)? size, TextWriter error, CancellationToken cancel, PaperFilter filter)
    {
        if (!ScorecardSource.TryExpand(paths, ScorecardSource.AnyRendering, error, out var sources)) return ExitCodes.Usage;
        if (!OutputFile.IsNotAnInput(file, paths, ScorecardSource.AnyRendering, error)) return ExitCodes.Usage;

        try
        {
            var (summary, corpus) = CorpusFiles.Summarize(sources, Grouping.Year, lenient, error, quiet, cancel, filter: filter);
            if (corpus.PaperCount == 0) return corpus.Report();
            if (!await OutputFile.TryWriteAsync(file, error, temporary =>
                {
                    TrendPlot.Save(summary, temporary, series, title, size);
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
