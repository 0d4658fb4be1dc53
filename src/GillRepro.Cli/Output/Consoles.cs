using Spectre.Console;

namespace GillRepro.Cli.Output;

/// <summary>Spectre.Console consoles over the command's writers.</summary>
internal static class Consoles
{
    /// <summary>
    /// A console over <paramref name="writer"/>: colours only on a real terminal, plain text (80 columns
    /// unless the terminal says otherwise) when redirected or captured, so output is stable for snapshots.
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
        if (!terminal) console.Profile.Width = 100;
        return console;
    }
}
