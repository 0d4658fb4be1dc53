using System.CommandLine;
using GillRepro.Cli.Inputs;
using GillRepro.Cli.Output;

namespace GillRepro.Cli.Commands;

/// <summary><c>gillrepro export PATH ... --format csv|jsonl|parquet -o FILE</c></summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var paths = Arguments.Paths("Scorecard files (markdown or plain text), or folders searched recursively for *.md and *.txt.", required: true);
        var format = new Option<string>("--format", "-f")
        {
            Description = "csv (RFC 4180), jsonl (one JSON object per paper per line) or parquet (for pandas, DuckDB, Spark).",
            Required = true,
        };
        format.AcceptOnlyFromAmong("csv", "jsonl", "parquet");
        var output = Options.OutputFile("The file to write; it is replaced if it exists.");
        var quiet = Options.Quiet();

        var command = new Command("export", "Write one row per paper (file, venue, year, title, authors, the nine results, both scores, empirical) as CSV, JSON Lines or Parquet.")
        {
            paths, format, output, quiet,
        };
        command.SetAction((result, cancel) => RunAsync(
            result.GetValue(paths) ?? [],
            result.GetValue(format)!,
            result.GetValue(output)!,
            result.GetValue(quiet),
            result.InvocationConfiguration.Error));
        return command;
    }

    private static async Task<int> RunAsync(string[] paths, string format, FileInfo file, bool quiet, TextWriter error)
    {
        if (!ScorecardSource.TryExpand(paths, ScorecardSource.AnyRendering, error, out var sources)) return ExitCodes.Usage;

        var temporary = file.FullName + ".partial";
        var (papers, corpus) = await Progress.RunAsync(error, quiet, sources.Count, "Exporting scorecards", async advance =>
        {
            var corpus = new Corpus(sources, error, advance);
            var count = 0;
            await using (var stream = File.Create(temporary))
            await using (var writer = await ExportWriters.CreateAsync(format, stream).ConfigureAwait(false))
            {
                foreach (var (source, paper) in corpus.Papers())
                {
                    await writer.WriteAsync(source.Name, paper).ConfigureAwait(false);
                    count++;
                }
            }
            return (count, corpus);
        }).ConfigureAwait(false);

        File.Move(temporary, file.FullName, overwrite: true);
        error.WriteLine($"Wrote {papers} papers to {file}.");
        corpus.ReportSkipped();
        return corpus.Skipped > 0 ? ExitCodes.Problems : ExitCodes.Success;
    }
}
