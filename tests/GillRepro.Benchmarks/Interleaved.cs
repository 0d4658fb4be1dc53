using System.Diagnostics;
using GillRepro.Benchmarks.Alternatives;
using Markdig;

namespace GillRepro.Benchmarks;

/// <summary>
/// GillRepro against the Split reader and Markdig on the same documents, measured in alternation (seven
/// rounds of each, the best of three batches a round), so a slow phase of a shared machine hits all alike;
/// BenchmarkDotNet runs one method's iterations after the other's. Prints the medians, the ratios the
/// performance floor is stated in, and the bytes each allocates per document.
/// Run: <c>dotnet run -c Release --project tests/GillRepro.Benchmarks -- --interleaved [seed|corpus]</c>
/// </summary>
public static class Interleaved
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    public static void Run(string documents)
    {
        var texts = Documents.Load(documents);
        var passes = Math.Max(1, 200_000 / texts.Length / (documents == Documents.Seed ? 1 : 20));

        int GillRepro() { var n = 0; foreach (var t in texts) n += Records.ReadEveryRow(Scorecard.Parse(t)); return n; }
        int Split() { var n = 0; foreach (var t in texts) n += SplitReader.Read(t); return n; }
        int Markdig() { var n = 0; foreach (var t in texts) n += Markdown.Parse(t, Pipeline).Count; return n; }
        (string Name, Func<int> Run)[] contenders = [("GillRepro", GillRepro), ("Split", Split), ("Markdig", Markdig)];

        foreach (var (_, run) in contenders) for (var i = 0; i < 3 * passes; i++) run();

        var times = contenders.Select(_ => new List<double>()).ToArray();
        for (var round = 0; round < 7; round++)
        {
            for (var c = 0; c < contenders.Length; c++) times[c].Add(Time(contenders[c].Run, passes) / texts.Length);
        }

        var medians = times.Select(t => t.Order().ElementAt(t.Count / 2)).ToArray();
        for (var c = 0; c < contenders.Length; c++)
        {
            var allocated = Allocated(contenders[c].Run) / texts.Length;
            Console.WriteLine($"{documents}, interleaved: {contenders[c].Name,-10} {medians[c],8:F3} µs/doc  {allocated / 1024,6:F1} KB/doc");
        }
        Console.WriteLine($"throughput against GillRepro: Split {medians[0] / medians[1]:F2}x (floor 0.8x: GillRepro/Split = {medians[1] / medians[0]:F2}), Markdig {medians[2] / medians[0]:F2}x slower (floor 3x)");
    }

    private static double Time(Func<int> run, int passes)
    {
        var best = double.MaxValue;
        for (var batch = 0; batch < 3; batch++)
        {
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < passes; i++) run();
            best = Math.Min(best, clock.Elapsed.TotalMicroseconds / passes);
        }
        return best;
    }

    private static double Allocated(Func<int> run)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        run();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
