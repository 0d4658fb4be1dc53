using System.CommandLine;
using GillRepro.Cli.Inputs;
using GillRepro.Cli.Output;

namespace GillRepro.Cli.Commands;

/// <summary><c>gillrepro validate PATH ...</c>: every problem of every file, as a compiler lists them.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var paths = Arguments.Paths("Scorecard files (markdown or plain text), or folders searched recursively for *.md and *.txt.", required: true);
        var all = new Option<bool>("--all")
        {
            Description = $"List every problem of a file; by default the first {Output.Problems.ListedPerFile} are listed, then a count.",
        };
        var format = Options.Choice<ValidateFormat>("--format", "-f",
            "text: one line per problem; json: one JSON array, an object per diagnostic (path, line, column, end, severity, code, message, remedy); sarif: a SARIF 2.1.0 log for CI code scanning. json and sarif list every problem.", ValidateFormat.Text);
        var quiet = Options.Quiet();
        quiet.Description = "No closing line and no notes on standard error (problems are still printed).";
        var command = new Command("validate", "Check scorecards and print every problem as `path:line:column: severity CODE: message`, or as JSON or SARIF; exit 0 when all files are valid.") { paths, all, format, quiet };
        command.SetAction((result, cancel) => Cancellation.Run(result.InvocationConfiguration.Error, "what was printed ends with a whole line",
            () => Run(result.GetValue(paths) ?? [], result.GetValue(all), result.GetValue(format), result.GetValue(quiet), result.InvocationConfiguration.Output, result.InvocationConfiguration.Error, cancel)));
        return command;
    }

    private static int Run(string[] paths, bool all, ValidateFormat format, bool quiet, TextWriter output, TextWriter error, CancellationToken cancel)
    {
        var machine = format != ValidateFormat.Text;
        var located = new List<LocatedDiagnostic>();
        var closing = quiet ? TextWriter.Null : error;
        if (!ScorecardSource.TryExpand(paths, ScorecardSource.AnyRendering, error, out var sources)) return ExitCodes.Usage;

        var invalid = 0;
        var unreadableFiles = 0;
        var scorecards = 0;
        var invalidScorecards = 0;
        var tally = new Tally(error);
        var copies = new List<PaperCopy>();
        var read = 0;
        foreach (var source in sources)
        {
            cancel.ThrowIfCancellationRequested();
            read++;
            if (!source.TryRead(out var reports, out var notAScorecard, out var unreadable, lenient: true))
            {
                if (machine) located.Add(LocatedDiagnostic.OfFile(source.Name, DiagnosticCodes.Unreadable, unreadable.StartsWith(source.Name + ": ", StringComparison.Ordinal) ? unreadable[(source.Name.Length + 2)..] : unreadable));
                else output.WriteLine(unreadable);
                invalid++;
                unreadableFiles++;
                continue;
            }
            if (notAScorecard)
            {
                tally.NotAScorecard(source);
                continue;
            }

            // Every scorecard of the file, with every problem: the same reading as `score`, so a file
            // is valid here exactly when `score` reads it.
            var valid = true;
            var any = false;
            foreach (var report in reports)
            {
                any = true;
                scorecards++;
                if (machine) located.AddRange(report.Diagnostics.Select(d => LocatedDiagnostic.Of(source.Name, d)));
                else foreach (var line in Problems.Listed(source.Name, report.Diagnostics, all, information: true)) output.WriteLine(line);
                valid &= report.IsValid;
                if (!report.IsValid) invalidScorecards++;
                if (PaperCopy.From(report, source.Name) is { } copy) copies.Add(copy with { Paper = Skeleton(copy.Paper) });
            }
            if (!any && !source.Found)
            {
                if (machine) located.Add(LocatedDiagnostic.OfFile(source.Name, DiagnosticCodes.EmptyInput, source.Empty[(source.Name.Length + 2)..]));
                else output.WriteLine(source.Empty);
                valid = false;
                unreadableFiles++;
            }
            else if (!any)
            {
                tally.NotAScorecard(source);
            }
            if (!valid) invalid++;
        }

        // A paper whose copies differ in a result is listed at each copy that is not counted (GR061).
        foreach (var outcome in DistinctPapers.Weigh(copies))
        {
            if (outcome.Differences.Count == 0) continue;
            if (machine) located.Add(LocatedDiagnostic.Of(outcome.Copy.Source, outcome.Note()!));
            else output.WriteLine(Problems.Format(outcome.Copy.Source, outcome.Note()!, lenient: true));
        }

        if (format == ValidateFormat.Json)
        {
            output.Write(ScorecardJson.Serialize(located));
            output.Write('\n');
        }
        else if (format == ValidateFormat.Sarif)
        {
            output.Write(ScorecardJson.SerializeSarif(located, GillReproApp.Version));
            output.Write('\n');
        }

        if (!quiet) tally.Report();
        if (scorecards == 0)
        {
            error.WriteLine("gillrepro: no scorecard was found, so nothing was validated.");   // said even with --quiet: it is why the exit code is 1
            return ExitCodes.Problems;
        }
        var files = read - tally.NotScorecards;
        // Files of one scorecard each are counted as files; files of many, as scorecards.
        closing.WriteLine(scorecards == files || unreadableFiles > 0
            ? invalid == 0
                ? $"{files} of {SummaryOutput.Count(files, "file")} {(files == 1 ? "is a valid scorecard" : "are valid scorecards")}."
                : $"{invalid} of {SummaryOutput.Count(files, "file")} {(invalid == 1 ? "is not a valid scorecard" : "are not valid scorecards")}."
            : invalidScorecards == 0
                ? $"All {SummaryOutput.Count(scorecards, "scorecard")} in {SummaryOutput.Count(files, "file")} are valid."
                : $"{invalidScorecards} of {SummaryOutput.Count(scorecards, "scorecard")} in {SummaryOutput.Count(files, "file")} {(invalidScorecards == 1 ? "is" : "are")} not valid.");
        return invalid == 0 ? ExitCodes.Success : ExitCodes.Problems;
    }

    /// <summary>A paper without its evidence, the most of its memory: what weighing copies needs.</summary>
    private static Paper Skeleton(Paper paper) => paper with { Variables = [.. paper.Variables.Select(v => v with { Evidence = v.Evidence with { Text = "" } })] };
}
