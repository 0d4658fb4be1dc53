using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using Perfolizer.Horology;

namespace GillRepro.Benchmarks;

/// <summary>
/// Parse time per character of a stream of real-sized scorecards back to back, read with
/// <see cref="Scorecard.ParseMany"/> one document at a time: the way a multi-megabyte input really
/// arrives. Memory stays constant, so the time per character should too.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class StreamScalingBenchmarks
{
    private string _text = "";

    [Params(1_000, 10_000, 100_000, 1_000_000, 10_000_000)]
    public int Characters { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var card = ScalingBenchmarks.ManyRows(3_000);
        var text = new StringBuilder(Characters + card.Length);
        do text.Append(card).Append('\n'); while (text.Length < Characters);
        _text = text.ToString();
    }

    [Benchmark]
    public int ParseMany()
    {
        var rows = 0;
        foreach (var report in Scorecard.ParseMany(new StringReader(_text))) rows += report.Paper!.Variables.Count;
        return rows;
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(Job.Default.WithWarmupCount(2).WithIterationCount(6).WithLaunchCount(1).WithIterationTime(TimeInterval.FromMilliseconds(250)));
            AddColumn(new PerCharacterColumn());
        }
    }
}
