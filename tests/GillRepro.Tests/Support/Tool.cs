using GillRepro.Cli;

namespace GillRepro.Tests.Support;

/// <summary>Runs the <c>gillrepro</c> command line in the test process and captures what it writes.</summary>
internal static class Tool
{
    public static (int ExitCode, string Output, string Error) Run(params string[] args) => Run(CancellationToken.None, args);

    /// <summary>Runs the command line as a user would who presses Ctrl+C when <paramref name="cancel"/> is cancelled.</summary>
    public static (int ExitCode, string Output, string Error) Run(CancellationToken cancel, params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var exitCode = GillReproApp.Run(args, output, error, cancel);
        return (exitCode, output.ToString(), error.ToString());
    }
}

/// <summary>A temporary folder for files a test writes, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "gillrepro-tests-" + Guid.NewGuid().ToString("N"));

    public string Write(string name, string text) => WriteBytes(name, new System.Text.UTF8Encoding(false).GetBytes(text));

    public string WriteBytes(string name, byte[] bytes)
    {
        var file = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        File.WriteAllBytes(file, bytes);
        return file;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
