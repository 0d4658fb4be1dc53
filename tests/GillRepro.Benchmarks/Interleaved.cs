using System.Diagnostics;
using GillRepro.Benchmarks.Alternatives;

namespace GillRepro.Benchmarks;

/// <summary>
/// GillRepro against the Split reader on the seed alone, measured in alternation (six rounds of each,
/// 200,000 parses a round, the best of five batches), so a slow phase of a shared machine hits both
/// alike; BenchmarkDotNet runs one method's iterations after the other's. Prints the medians.
/// Run: <c>dotnet run -c Release --project tests/GillRepro.Benchmarks -- --interleaved</c>
/// </summary>
public static class Interleaved
{
    public static void Run()
    {
        var seed = Documents.Load(Documents.Seed)[0];
        for (var i = 0; i < 300_000; i++)
        {
            Records.ReadEveryRow(Scorecard.Parse(seed));
            SplitReader.Read(seed);
        }

        var gillRepro = new List<double>();
        var split = new List<double>();
        for (var round = 0; round < 6; round++)
        {
            gillRepro.Add(Time(() => Records.ReadEveryRow(Scorecard.Parse(seed))));
            split.Add(Time(() => SplitReader.Read(seed)));
        }
        gillRepro.Sort();
        split.Sort();
        var g = (gillRepro[2] + gillRepro[3]) / 2;
        var s = (split[2] + split[3]) / 2;
        Console.WriteLine($"seed, interleaved: GillRepro {g:F3} µs, Split {s:F3} µs, GillRepro/Split {g / s:F2}");
    }

    private static double Time(Func<int> parse)
    {
        var best = double.MaxValue;
        for (var batch = 0; batch < 5; batch++)
        {
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < 200_000; i++) parse();
            best = Math.Min(best, clock.Elapsed.TotalMilliseconds * 1000 / 200_000);
        }
        return best;
    }
}
