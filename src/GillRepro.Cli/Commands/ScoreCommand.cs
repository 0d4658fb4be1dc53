using System.CommandLine;
using System.Text.Json;
using GillRepro.Cli.Inputs;
using GillRepro.Cli.Output;

namespace GillRepro.Cli.Commands;

/// <summary><c>gillrepro score [PATH ...] [--format table|json|jsonl]</c></summary>
internal static class ScoreCommand
{
    private static readonly string[] Extensions = [".md", ".txt"];

    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Scorecard files, or folders searched recursively for *.md and *.txt. With none, the sample scorecard embedded in the tool (GILL, NeurIPS 2023).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "table: a readable table; json: one JSON array; jsonl: one JSON object per paper per line.",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "json", "jsonl");

        var command = new Command("score", "Parse scorecards and print their Documentation and Reproducibility Scores.") { paths, format };
        command.SetAction(result => Run(
            result.GetValue(paths) ?? [],
            result.GetValue(format)!,
            result.InvocationConfiguration.Output,
            result.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string[] paths, string format, TextWriter output, TextWriter error)
    {
        IReadOnlyList<ScorecardSource> sources;
        if (paths.Length == 0)
        {
            sources = [ScorecardSource.Sample];
        }
        else
        {
            sources = ScorecardSource.Expand(paths, Extensions, out var missing);
            foreach (var path in missing) error.WriteLine($"{path}: no such file or folder");
            if (missing.Count > 0) return ExitCodes.Usage;
        }

        var scored = new List<(string File, Paper Paper, PaperScore Score)>(sources.Count);
        var failed = 0;
        foreach (var source in sources)
        {
            if (!ScorecardSource.TryDecode(source.ReadBytes(), out var text, out var encodingProblem))
            {
                error.WriteLine($"{source.Name}:{encodingProblem}");
                failed++;
            }
            else if (Scorecard.TryParse(text, out var paper, out var problem))
            {
                scored.Add((source.Name, paper, Scorecard.Score(paper)));
            }
            else
            {
                error.WriteLine($"{source.Name}:{problem.Line}:{problem.Column}: expected {problem.Expected}, found {problem.Found}.");
                failed++;
            }
        }

        switch (format)
        {
            case "jsonl":
                foreach (var (file, paper, score) in scored)
                {
                    output.Write(JsonSerializer.Serialize(ScoredPaper.From(file, paper, score), CliJson.Compact.ScoredPaper));
                    output.Write('\n');
                }
                break;
            case "json":
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

        if (failed > 0) error.WriteLine($"{failed} of {sources.Count} files could not be read as scorecards.");
        return failed > 0 ? ExitCodes.Problems : ExitCodes.Success;
    }
}
