using System.Text;
using GillRepro.Cli;

// Redirected output (a file, a pipe) goes through one buffered writer: Console.Out flushes on every
// write, a system call per line of JSON Lines. A terminal keeps Console.Out, for colours and prompt output.
if (!Console.IsOutputRedirected) return GillReproApp.Run(args, Console.Out, Console.Error);

using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16) { NewLine = "\n" };
return GillReproApp.Run(args, output, Console.Error);
