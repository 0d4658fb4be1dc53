using Spectre.Console;

namespace GillRepro.Cli.Output;

/// <summary>Spectre.Console consoles over the command's writers.</summary>
internal static class Consoles
{
    /// <summary>
    /// A console over <paramref name="writer"/>: colours and the terminal's width on a real terminal; plain
    /// text when redirected or captured, with lines as long as their content (<see cref="Unbounded"/>
    /// columns), so a pipe or a file never gets a row wrapped in the middle, and output is stable for snapshots.
    /// </summary>
    public static IAnsiConsole Over(TextWriter writer)
    {
        var terminal = ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Detect : InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        if (!terminal) console.Profile.Width = Unbounded;
        return console;
    }

    /// <summary>The width of a console that is not a terminal: wider than any row the tool prints.</summary>
    public const int Unbounded = 10_000;

    /// <summary>True when the console is not a terminal, and has no width of its own.</summary>
    public static bool IsUnbounded(IAnsiConsole console) => console.Profile.Width == Unbounded;
}
