using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using GillRepro.Benchmarks.Alternatives;
using Markdig;
using Perfolizer.Horology;

namespace GillRepro.Benchmarks;

/// <summary>
/// GillRepro's parser against the alternatives a .NET user knows, on the same documents in memory: the
/// 3,665 corpus scorecards, and the seed alone. Markdig (with pipe tables) does less, building a
/// syntax tree and no records; the Split reader builds nothing; the character-by-character Sprache
/// grammar builds the same records without source positions.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class ParserComparisonBenchmarks
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();
    private string[] _documents = [];

    [Params(Documents.Corpus, Documents.Seed)]
    public string Documents_ { get; set; } = Documents.Corpus;

    [GlobalSetup]
    public void Setup()
    {
        _documents = Documents.Load(Documents_);

        // The alternatives must read what GillRepro reads, or the comparison means nothing.
        foreach (var text in _documents)
        {
            var paper = Scorecard.Parse(text);
            var other = CharacterSprache.Read(text);
            if (other.Variables.Count != paper.Variables.Count || other.Variables[^1].Evidence.Text != paper.Variables[^1].Evidence.Text)
                throw new InvalidOperationException($"The character-by-character grammar reads '{paper.Title}' differently.");
        }
    }

    /// <summary>Parses and reads every row's record and evidence text: the cost of having the records.</summary>
    [Benchmark(Baseline = true, Description = "GillRepro (records, positions)")]
    public int GillRepro()
    {
        var characters = 0;
        foreach (var text in _documents) characters += Records.ReadEveryRow(Scorecard.Parse(text));
        return characters;
    }

    [Benchmark(Description = "Split('\\n') + Split('|'), builds nothing")]
    public int Split()
    {
        var cells = 0;
        foreach (var text in _documents) cells += SplitReader.Read(text);
        return cells;
    }

    [Benchmark(Description = "Markdig 1.6 + pipe tables")]
    public int Markdig()
    {
        var blocks = 0;
        foreach (var text in _documents) blocks += Markdown.Parse(text, Pipeline).Count;
        return blocks;
    }

    [Benchmark(Description = "Sprache char by char (records)")]
    public int SpracheCharByChar()
    {
        var rows = 0;
        foreach (var text in _documents) rows += CharacterSprache.Read(text).Variables.Count;
        return rows;
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(15).WithLaunchCount(1).WithIterationTime(TimeInterval.FromMilliseconds(500)));
            AddColumn(new ThroughputColumn(), new AllocatedPerDocumentColumn());
        }
    }

    /// <summary>Characters parsed per second: the documents' length over the mean time.</summary>
    private sealed class ThroughputColumn : DocumentColumn
    {
        public override string ColumnName => "Mchars/s";

        protected override string Value(Summary summary, BenchmarkCase benchmark, string documents)
        {
            var mean = summary[benchmark]?.ResultStatistics?.Mean;
            return mean is null ? "-" : (Documents.Characters(documents) / (mean.Value / 1e9) / 1e6).ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    /// <summary>Bytes allocated per document parsed.</summary>
    private sealed class AllocatedPerDocumentColumn : DocumentColumn
    {
        public override string ColumnName => "Alloc/doc";

        protected override string Value(Summary summary, BenchmarkCase benchmark, string documents)
        {
            var report = summary[benchmark];
            var bytes = report?.GcStats.GetBytesAllocatedPerOperation(benchmark);
            return bytes is null ? "-" : $"{bytes.Value / (double)Documents.Load(documents).Length / 1024:F1} KB";
        }
    }

    private abstract class DocumentColumn : IColumn
    {
        public string Id => GetType().Name;

        public abstract string ColumnName { get; }

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => ColumnName;

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var documents = benchmarkCase.Parameters.Items.First(p => p.Name == nameof(Documents_)).Value as string;
            return documents is null ? "-" : Value(summary, benchmarkCase, documents);
        }

        protected abstract string Value(Summary summary, BenchmarkCase benchmark, string documents);

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
