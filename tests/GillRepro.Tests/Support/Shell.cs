using System.Diagnostics;

namespace GillRepro.Tests.Support;

/// <summary>A command line run by bash, as a user types it; <c>{tool}</c> stands for the built tool.</summary>
internal static class Shell
{
    public static string ToolCommand { get; } = $"dotnet {Path.Combine(AppContext.BaseDirectory, "GillRepro.Cli.dll")}";

    public static (int Exit, string Output, string Error) Run(string command, string? folder = null)
    {
        var start = new ProcessStartInfo("bash", ["-c", command.Replace("{tool}", ToolCommand)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder ?? Environment.CurrentDirectory,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error);
    }
}
