using System.Text;
using GillRepro.Cli;

// Ctrl+C, SIGTERM and SIGHUP cancel the command, which ends with 128 + the signal's number.
using var signals = new Signals();
int exit;
if (!Console.IsOutputRedirected)
{
    // A terminal keeps Console.Out, for colours and prompt output.
    exit = GillReproApp.Run(args, Console.Out, Console.Error, signals.Token);
}
else
{
    // Redirected output (a file, a pipe) goes through one buffered writer: Console.Out flushes on every
    // write, a system call per line of JSON Lines.
    using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16) { NewLine = "\n" };
    exit = GillReproApp.Run(args, output, Console.Error, signals.Token);
}
return exit == ExitCodes.Cancelled && signals.ExitCode is { } signalled ? signalled : exit;
