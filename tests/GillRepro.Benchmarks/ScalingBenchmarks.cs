using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using Perfolizer.Horology;

namespace GillRepro.Benchmarks;

/// <summary>
/// Parse time per character from 1 KB to 1 MB (the default <see cref="ScorecardParseOptions.MaxInputLength"/>):
/// flat when parsing is linear in the input. Every record is made by the parse. Two shapes of input:
/// many rows (a table grown row by row), and one row whose evidence is a single line full of pipes
/// (the worst case for a parser that looks for the last pipe of a row).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class ScalingBenchmarks
{
    private string _text = "";
    private ScorecardParseOptions _options = ScorecardParseOptions.Default;

    [Params(1_000, 10_000, 100_000, 1_000_000)]
    public int Characters { get; set; }

    [Params("many rows", "one long row of pipes")]
    public string Shape { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _text = Shape == "many rows" ? ManyRows(Characters) : OneLongRow(Characters);
        _options = new ScorecardParseOptions { MaxInputLength = _text.Length + 1 };
    }

    [Benchmark(Baseline = true)]
    public Paper Strict() => Scorecard.Parse(_text, _options);

    [Benchmark]
    public ParseReport Lenient() => Scorecard.ParseLenient(_text, _options);

    private const string Front = "Notice: Scores are estimates.\nA Paper\nAuthors: A, B\nNeurIPS 2023 | Venue PDF\n| Reproducibility Variable | Result | LLM Response |\n|---|---|---|";

    private static readonly string[] Rows =
    [
        "| Research Type | Experimental | We train with a batch size of 200 for 20K iterations on 2 A6000 GPUs (β1 = 0.9, |θ| = 8). |",
        "| Open Source Code | Yes | Our code and pretrained models are publicly released at https://github.com/kohjingyu/gill. |",
        "| Open Datasets | No | m = 1|θ| is a mask, and |A| = 25 arguments are used; no dataset is named. |",
    ];

    /// <summary>A scorecard of about <paramref name="characters"/> characters, grown one row at a time.</summary>
    public static string ManyRows(int characters)
    {
        var text = new StringBuilder(Front, characters + 200);
        for (var i = 0; text.Length < characters; i++) text.Append('\n').Append(Rows[i % Rows.Length]);
        return text.ToString();
    }

    /// <summary>A scorecard of about <paramref name="characters"/> characters whose last row's evidence is one long line with a pipe every few characters.</summary>
    public static string OneLongRow(int characters)
    {
        var text = new StringBuilder(Front, characters + 200).Append("\n| Experiment Setup | Yes | ");
        while (text.Length < characters) text.Append("x|y ");
        return text.Append(" |").ToString();
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(Job.Default.WithWarmupCount(2).WithIterationCount(6).WithLaunchCount(1).WithIterationTime(TimeInterval.FromMilliseconds(250)).WithId("Default GC"));
            AddColumn(new PerCharacterColumn());
        }
    }
}
