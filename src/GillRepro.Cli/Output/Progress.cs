using Spectre.Console;

namespace GillRepro.Cli.Output;

/// <summary>
/// A progress bar on standard error for long runs: shown only when standard error is a terminal and
/// the user did not ask for quiet; otherwise the work runs without it and nothing is written.
/// </summary>
internal static class Progress
{
    public static T Run<T>(TextWriter error, bool quiet, Func<int> total, string description, Func<Action, T> work)
    {
        if (!Shown(error, quiet, total, out var files)) return work(static () => { });
        return Bar(error).Start(context =>
        {
            var task = context.AddTask(description, maxValue: files);
            return work(() => task.Increment(1));
        });
    }

    public static Task<T> RunAsync<T>(TextWriter error, bool quiet, Func<int> total, string description, Func<Action, Task<T>> work)
    {
        if (!Shown(error, quiet, total, out var files)) return work(static () => { });
        return Bar(error).StartAsync(context =>
        {
            var task = context.AddTask(description, maxValue: files);
            return work(() => task.Increment(1));
        });
    }

    /// <summary>True when the bar is shown; only then is the total counted (a walk of the folders).</summary>
    private static bool Shown(TextWriter error, bool quiet, Func<int> total, out int files)
    {
        files = !quiet && ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected ? total() : 0;
        return files > 1;
    }

    private static Spectre.Console.Progress Bar(TextWriter error) =>
        // Standard error is a terminal (Shown checked it): say so, as Spectre's own detection looks at
        // standard input and output, which may be redirected while standard error is not.
        AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(error),
            Ansi = AnsiSupport.Yes,
            Interactive = InteractionSupport.Yes,
            ColorSystem = ColorSystemSupport.Standard,
        })
            .Progress()
            .AutoClear(true)
            .HideCompleted(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn());
}
