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
        var command = new Command("validate", "Check scorecards and print every problem as `path:line:column: severity CODE: message`; exit 0 when all files are valid.") { paths };
        command.SetAction(result => Run(result.GetValue(paths) ?? [], result.InvocationConfiguration.Output, result.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string[] paths, TextWriter output, TextWriter error)
    {
        if (!ScorecardSource.TryExpand(paths, ScorecardSource.AnyRendering, error, out var sources)) return ExitCodes.Usage;

        var invalid = 0;
        foreach (var source in sources)
        {
            if (!source.TryReadText(out var text, out var unreadable))
            {
                Problems.Write(output, source.Name, unreadable, lenient: true);
                invalid++;
                continue;
            }

            var report = Scorecard.ParseLenient(text);
            foreach (var diagnostic in report.Diagnostics) Problems.Write(output, source.Name, diagnostic, lenient: true);
            if (!report.IsValid) invalid++;
        }

        error.WriteLine(invalid == 0
            ? $"{sources.Count} of {sources.Count} files are valid scorecards."
            : $"{invalid} of {sources.Count} files are not valid scorecards.");
        return invalid == 0 ? ExitCodes.Success : ExitCodes.Problems;
    }
}
