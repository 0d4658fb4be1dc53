using System.CommandLine;
using GillRepro.Cli.Inputs;
using GillRepro.Cli.Output;

namespace GillRepro.Cli.Commands;

/// <summary><c>gillrepro score [PATH ...] [--format table|json|jsonl] [--lenient] [--profile NAME|FILE]</c></summary>
internal static class ScoreCommand
{
    public static Command Create()
    {
        var paths = Arguments.Paths("Scorecard files (markdown or plain text), or folders searched recursively for *.md and *.txt. With none, the sample scorecard embedded in the tool (GILL, NeurIPS 2023).", required: false);
        var format = Options.Choice<ScoreFormat>("--format", "-f",
            "table: a readable table; json: one JSON array; jsonl: one JSON object per paper per line.", ScoreFormat.Table);
        var lenient = new Option<bool>("--lenient")
        {
            Description = "Score what can be read of damaged scorecards (cut-off pages, broken rows) and report every problem on standard error.",
        };

        var all = new Option<bool>("--all")
        {
            Description = $"With --lenient, list every problem of a file; by default the first {Problems.ListedPerFile} are listed, then a count.",
        };
        var profile = Options.Profile();
        var quiet = Options.Quiet();
        quiet.Description = "No notes on standard error (a paper found again, files passed over); problems are still said.";
        var filters = new FilterOptions();
        var command = new Command("score", "Parse scorecards and print their Documentation and Reproducibility Scores, and with --profile their compliance with a checklist.") { paths, format, lenient, all, profile, quiet };
        filters.AddTo(command);
        command.SetAction((result, cancel) => !filters.TryGet(result, result.InvocationConfiguration.Error, out var filter) ? Task.FromResult(ExitCodes.Usage) : Cancellation.Run(result.InvocationConfiguration.Error, "what was printed ends with a whole line", () => Run(
            result.GetValue(paths) ?? [],
            result.GetValue(format),
            result.GetValue(lenient),
            result.GetValue(all),
            result.GetValue(profile),
            result.GetValue(quiet),
            result.InvocationConfiguration.Output,
            result.InvocationConfiguration.Error,
            cancel, filter)));
        return command;
    }

    private static int Run(string[] paths, ScoreFormat format, bool lenient, bool all, string? profileName, bool quiet, TextWriter output, TextWriter error, CancellationToken cancel, PaperFilter filter)
    {
        if (!ProfileSource.TryResolve(profileName, error, out var profile)) return ExitCodes.Usage;
        if (!ScorecardSource.TryExpand(paths, ScorecardSource.AnyRendering, error, out var sources)) return ExitCodes.Usage;

        // Files are read on all cores, in order. JSON Lines are written as the papers come, so memory does
        // not grow with the corpus; the table and the JSON array need every paper, and keep them. Every
        // copy is listed, also one of a paper met again; the group's figures count each paper once.
        var corpus = new CorpusFiles(sources, error, lenient, all: all, cancel: cancel, filter: filter, quiet: quiet);
        var scored = new List<(Paper Paper, ScoredPaper Scored)>();
        var outcomes = new List<CopyOutcome>();
        foreach (var outcome in corpus.Copies())
        {
            cancel.ThrowIfCancellationRequested();
            var paper = ScoredPaper.Of(outcome.Copy.Paper, outcome.Copy.Source, profile);
            if (format == ScoreFormat.Jsonl)
            {
                output.Write(ScorecardJson.Serialize(paper, indented: false));
                output.Write('\n');
            }
            else
            {
                scored.Add((outcome.Copy.Paper, paper));
                outcomes.Add(outcome);
            }
        }

        switch (format)
        {
            case ScoreFormat.Jsonl:
                break;
            case ScoreFormat.Json:
                output.Write(ScorecardJson.Serialize(scored.Select(s => s.Scored)));
                output.Write('\n');
                break;
            default:
                var console = Consoles.Over(output);
                if (scored.Count == 1) ScoreTable.WritePaper(console, scored[0].Paper, scored[0].Scored);
                else if (scored.Count > 1) ScoreTable.WritePapers(console, [.. scored.Select(s => s.Scored)], CorpusSummary.Of(outcomes, Grouping.None, profile).Groups.Single());
                break;
        }

        return corpus.Report(done: "scored", purpose: "score", sayLeftOut: false);
    }
}
