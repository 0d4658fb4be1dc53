using System.CommandLine;
using GillRepro.Cli.Commands;

namespace GillRepro.Cli;

/// <summary>The <c>gillrepro</c> command line: its commands, and a way to run it against any writers.</summary>
internal static class GillReproApp
{
    public static RootCommand CreateRoot() => new("gillrepro: score, check and format reproducibility scorecards of AI research papers.")
    {
        ScoreCommand.Create(),
        ValidateCommand.Create(),
        FormatCommand.Create(),
        SummaryCommand.Create(),
        ExportCommand.Create(),
        PlotCommand.Create(),
        ProfilesCommand.Create(),
        CompareCommand.Create(),
        ReportCommand.Create(),
        FactsCommand.Create(),
        AuditCommand.Create(),
    };

    /// <summary>The tool's version, as <c>--version</c> prints it.</summary>
    public static string Version { get; } = typeof(GillReproApp).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
        .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion ?? "unknown";

    /// <summary>
    /// Runs the command line, writing to the given writers; returns the exit code. Ctrl+C (or
    /// <paramref name="cancel"/>) stops a long command, which then leaves no file behind.
    /// </summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, CancellationToken cancel = default)
    {
        // --version works after any command, as --help does.
        if (args.Contains("--version") && !(args.Length > 0 && args[0] == "--version"))
        {
            output.WriteLine(Version);
            return ExitCodes.Success;
        }
        var root = CreateRoot();
        var result = root.Parse(args);
        // Signals are the caller's to handle (Program's Signals): System.CommandLine's handler would end the process two seconds after Ctrl+C.
        var configuration = new InvocationConfiguration { Output = output, Error = error, ProcessTerminationTimeout = null };
        if (result.Errors.Count > 0 && result.Action is not System.CommandLine.Help.HelpAction)
        {
            // A word that is no command is named alone (not also as "no command given").
            if (result.CommandResult.Command == root && result.UnmatchedTokens.Count > 0 && !result.UnmatchedTokens[0].StartsWith('-'))
                error.WriteLine($"gillrepro: '{result.UnmatchedTokens[0]}' is not a command; the commands are {string.Join(", ", root.Subcommands.Select(c => c.Name))}.");
            else
                foreach (var problem in result.Errors) error.WriteLine($"gillrepro: {problem.Message}");
            error.WriteLine("Run 'gillrepro --help' to see the commands and their options.");
            return ExitCodes.Usage;
        }
        return result.InvokeAsync(configuration, cancel).GetAwaiter().GetResult();
    }
}
