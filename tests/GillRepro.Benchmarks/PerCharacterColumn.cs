using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace GillRepro.Benchmarks;

/// <summary>Mean time divided by the input's length in characters (the <c>Characters</c> parameter): flat when cost is linear.</summary>
public sealed class PerCharacterColumn : IColumn
{
    public string Id => nameof(PerCharacterColumn);

    public string ColumnName => "ns/char";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Mean time per character of input, in nanoseconds";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        var characters = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Characters")?.Value;
        if (report?.ResultStatistics is null || characters is not int n || n == 0) return "-";
        return (report.ResultStatistics.Mean / n).ToString("0.000", System.Globalization.CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
