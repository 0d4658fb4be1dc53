using System.Globalization;

namespace GillRepro.Cli.Output;

/// <summary>Figures as the tool's tables print them: invariant culture, a fixed number of decimals.</summary>
internal static class Cells
{
    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A count as a reader's page prints it, with thousands separators: <c>56,800</c>.</summary>
    public static string Thousands(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string Fixed(double value, int decimals) => value.ToString("F" + decimals, CultureInfo.InvariantCulture);

    /// <summary>
    /// The Index's year-table figures of a group, after its key: empirical papers, papers sharing both code
    /// and data, that share in percent (2 decimals), mean R in percent (2 decimals), mean D (3 decimals).
    /// The summary's first table and the report's tables print them alike; the report's counts have
    /// thousands separators (<paramref name="thousands"/>), the summary's markdown none, as docs/scoring.md.
    /// </summary>
    public static string[] IndexFigures(GroupScore score, bool thousands = false) =>
    [
        thousands ? Thousands(score.EmpiricalPapers) : Int(score.EmpiricalPapers), thousands ? Thousands(score.BothCodeAndData.Count) : Int(score.BothCodeAndData.Count),
        Fixed(score.BothCodeAndData.Share * 100, 2),
        Fixed(score.MeanReproducibilityScore * 100, 2), Fixed(score.MeanDocumentationScore, 3),
    ];

    /// <summary>A markdown table: the header, its separator row, one line per row.</summary>
    public static void MarkdownTable(TextWriter writer, string[] header, IEnumerable<string[]> rows)
    {
        writer.Write($"| {string.Join(" | ", header)} |\n");
        writer.Write($"|{string.Concat(Enumerable.Repeat("---|", header.Length))}\n");
        foreach (var row in rows) writer.Write($"| {string.Join(" | ", row)} |\n");
    }
}
