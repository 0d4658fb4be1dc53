using System.CommandLine;
using System.Text;
using GillRepro.Cli.Inputs;

namespace GillRepro.Cli.Commands;

/// <summary><c>gillrepro format [--check] PATH ...</c>, in the manner of <c>gofmt -l</c> and <c>gofmt -w</c>.</summary>
internal static class FormatCommand
{
    private static readonly string[] Extensions = [".md"];
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Scorecard files, or folders searched recursively for *.md.",
            Arity = ArgumentArity.OneOrMore,
        };
        var check = new Option<bool>("--check")
        {
            Description = "Change nothing: list the files that are not canonical and exit 1 if there are any.",
        };

        var command = new Command("format", "Rewrite scorecards in canonical form (LF line ends, no final newline, single-space cell padding).") { paths, check };
        command.SetAction(result => Run(
            result.GetValue(paths) ?? [],
            result.GetValue(check),
            result.InvocationConfiguration.Output,
            result.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string[] paths, bool check, TextWriter output, TextWriter error)
    {
        var sources = ScorecardSource.Expand(paths, Extensions, out var missing);
        foreach (var path in missing) error.WriteLine($"{path}: no such file or folder");
        if (missing.Count > 0) return ExitCodes.Usage;

        var problems = 0;
        foreach (var source in sources)
        {
            var bytes = source.ReadBytes();
            if (!ScorecardSource.TryDecode(bytes, out var text, out var encodingProblem))
            {
                error.WriteLine($"{source.Name}:{encodingProblem}");
                problems++;
                continue;
            }
            if (!Scorecard.TryParse(text, out var paper, out var problem))
            {
                error.WriteLine($"{source.Name}:{problem.Line}:{problem.Column}: expected {problem.Expected}, found {problem.Found}.");
                problems++;
                continue;
            }

            var canonical = Utf8.GetBytes(Scorecard.ToMarkdown(paper));
            if (canonical.AsSpan().SequenceEqual(bytes)) continue;

            output.WriteLine(source.Name);
            if (check) problems++;
            else File.WriteAllBytes(source.Path!, canonical);
        }
        return problems > 0 ? ExitCodes.Problems : ExitCodes.Success;
    }
}
