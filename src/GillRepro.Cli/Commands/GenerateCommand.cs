using System.CommandLine;
using System.Text;
using GillRepro.Cli.Generation;

namespace GillRepro.Cli.Commands;

/// <summary><c>gillrepro generate --count N --seed S -o DIR</c>: synthetic scorecards for benchmarks and scale tests.</summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var count = new Option<int>("--count", "-n")
        {
            Description = "How many scorecards to write (56800 is the Index's whole population).",
            Required = true,
        };
        count.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1) result.AddError("--count must be at least 1.");
        });
        var seed = new Option<int>("--seed", "-s")
        {
            Description = "The random seed; the same seed writes the same files.",
            DefaultValueFactory = _ => 1,
        };
        var output = new Option<DirectoryInfo>("--output", "-o")
        {
            Description = "The folder to write into (created if needed); files go to <venue>-<year>/synthetic_<n>.md.",
            Required = true,
        };

        var command = new Command("generate", "Write synthetic scorecards shaped like the Index's (size, Unicode and pipe quirks), for benchmarks and scale tests.")
        {
            count, seed, output,
        };
        command.SetAction(result => Run(result.GetValue(count), result.GetValue(seed), result.GetValue(output)!, result.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(int count, int seed, DirectoryInfo folder, TextWriter error)
    {
        var corpus = new SyntheticCorpus(seed);
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        long bytes = 0;
        for (var i = 0; i < count; i++)
        {
            var (name, text) = corpus.Next(i);
            var path = Path.Combine(folder.FullName, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var content = utf8.GetBytes(text);
            File.WriteAllBytes(path, content);
            bytes += content.Length;
        }
        error.WriteLine($"Wrote {count} scorecards ({bytes / 1_000_000.0:F1} MB) to {folder.FullName}.");
        return ExitCodes.Success;
    }
}
