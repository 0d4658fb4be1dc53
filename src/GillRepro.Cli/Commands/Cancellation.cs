namespace GillRepro.Cli.Commands;

/// <summary>
/// Ctrl+C for a command that prints as it reads: it stops at the next paper or file, so what was printed
/// ends with a whole line (the output is flushed as the tool exits), says so in one line, and exits 130.
/// </summary>
internal static class Cancellation
{
    /// <summary>Runs <paramref name="run"/>; when it is cancelled, says so on <paramref name="error"/> and returns <see cref="ExitCodes.Cancelled"/>.</summary>
    /// <param name="error">Where the closing line goes.</param>
    /// <param name="done">What was kept of the output, such as "the lines printed are whole".</param>
    /// <param name="run">The command.</param>
    public static Task<int> Run(TextWriter error, string done, Func<int> run)
    {
        try
        {
            return Task.FromResult(run());
        }
        catch (OperationCanceledException)
        {
            error.WriteLine($"gillrepro: cancelled; {done}.");
            return Task.FromResult(ExitCodes.Cancelled);
        }
    }
}
