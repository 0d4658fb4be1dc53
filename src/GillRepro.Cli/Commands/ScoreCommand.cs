using System.CommandLine;
using System.Text.Json;
using GillRepro.Cli.Inputs;
using GillRepro.Cli.Output;

namespace GillRepro.Cli.Commands;

/// <summary><c>gillrepro score [PATH ...] [--format table|json|jsonl] [--lenient]</c></summary>
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

        var command = new Command("score", "Parse scorecards and print their Documentation and Reproducibility Scores.") { paths, format, lenient };
        command.SetAction(result => Run(
            result.GetValue(paths) ?? [],
            result.GetValue(format),
            result.GetValue(lenient),
            result.InvocationConfiguration.Output,
            result.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string[] paths, ScoreFormat format, bool lenient, TextWriter output, TextWriter error)
    {
        if (!ScorecardSource.TryExpand(paths, ScorecardSource.AnyRendering, error, out var sources)) return ExitCodes.Usage;

        var scored = new List<(string File, Paper Paper, PaperScore Score)>(sources.Count);
        var failed = 0;
        foreach (var source in sources)
        {
            if (!source.TryReadText(out var text, out var unreadable))
            {
                Problems.Write(error, source.Name, unreadable, lenient);
                failed++;
                continue;
            }

            var report = Scorecard.ParseLenient(text);
            if (lenient)
            {
                foreach (var diagnostic in report.Diagnostics.Where(d => d.Severity > DiagnosticSeverity.Information))
                {
                    Problems.Write(error, source.Name, diagnostic, lenient: true);
                }
                if (report.Paper is { } paper) scored.Add((source.Name, paper, Scorecard.Score(paper)));
                if (!report.IsValid) failed++;
            }
            else if (report.IsValid)
            {
                scored.Add((source.Name, report.Paper!, Scorecard.Score(report.Paper!)));
            }
            else
            {
                // Strict: the first error, exactly what Scorecard.TryParse refuses the text with.
                Problems.Write(error, source.Name, report.FirstError!, lenient: false);
                failed++;
            }
        }

        switch (format)
        {
            case ScoreFormat.Jsonl:
                foreach (var (file, paper, score) in scored)
                {
                    output.Write(JsonSerializer.Serialize(ScoredPaper.From(file, paper, score), CliJson.Compact.ScoredPaper));
                    output.Write('\n');
                }
                break;
            case ScoreFormat.Json:
                IReadOnlyList<ScoredPaper> all = [.. scored.Select(s => ScoredPaper.From(s.File, s.Paper, s.Score))];
                output.Write(JsonSerializer.Serialize(all, CliJson.Indented.IReadOnlyListScoredPaper));
                output.Write('\n');
                break;
            default:
                var console = Consoles.Over(output);
                if (scored.Count == 1) ScoreTable.WritePaper(console, scored[0].File, scored[0].Paper, scored[0].Score);
                else if (scored.Count > 1) ScoreTable.WritePapers(console, scored);
                break;
        }

        if (failed > 0)
        {
            error.WriteLine(lenient
                ? $"{failed} of {sources.Count} files have errors; what could be read of them was scored."
                : $"{failed} of {sources.Count} files could not be read as scorecards.");
        }
        return failed > 0 ? ExitCodes.Problems : ExitCodes.Success;
    }
}
