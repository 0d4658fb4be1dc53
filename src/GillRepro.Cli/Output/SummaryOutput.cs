using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using static GillRepro.Cli.Output.Cells;

namespace GillRepro.Cli.Output;

/// <summary>The outputs of <c>gillrepro summary</c>: tables, JSON and CSV of a <see cref="CorpusSummary"/>.</summary>
internal static class SummaryOutput
{
    private static IReadOnlyList<VariableDefinition> Variables => VariableCatalog.Documentation;

    public static string KeyLabel(GroupBy by) => by == GroupBy.None ? "group" : Commands.Options.Word(by);

    /// <summary>
    /// Three markdown tables, written as <c>docs/scoring.md</c> writes its year table, so they paste into
    /// documents and compare line by line: the Index's own columns, the spread of the scores, and the
    /// percent Yes of each variable; then how many files were read and skipped.
    /// </summary>
    public static void WriteTables(TextWriter writer, CorpusSummary summary, int files, int skipped, int withErrors = 0)
    {
        var key = KeyLabel(summary.By);
        var groups = summary.Groups;
        MarkdownTable(writer, [key, "empirical papers", "both code and data", "both %", "mean R (0.86 / 0.33) %", "mean D"],
            groups.Select(g => (string[])[g.Key, .. Cells.IndexFigures(g.Score)]));
        writer.Write('\n');
        MarkdownTable(writer, [key, "papers", "R 95% interval %", "median D", .. Enumerable.Range(0, Variables.Count + 1).Select(d => d == 0 ? "D = 0" : Int(d))],
            groups.Select(g => (string[])[g.Key, Int(g.Score.Papers), $"{Fixed(g.Score.ReproducibilityLow * 100, 2)} – {Fixed(g.Score.ReproducibilityHigh * 100, 2)}",
                g.Score.MedianDocumentationScore.ToString("0.#", CultureInfo.InvariantCulture), .. g.Score.DocumentationScoreCounts.Select(Int)]));
        writer.Write('\n');
        MarkdownTable(writer, [key, .. Variables.Select(v => v.Abbreviation + " %")],
            groups.Select(g => (string[])[g.Key, .. g.Score.Variables.Select(v => Fixed(v.Share * 100, 2))]));
        writer.Write('\n');
        if (groups.Count > 0 && groups[0].Compliance is { } first)
        {
            // Compliance with the profile asked for: over the empirical papers, each criterion's percent met.
            writer.Write($"Compliance with {first.Profile}:\n\n");
            MarkdownTable(writer, [key, "empirical papers", "compliant", "compliant %", "95% interval %", "mean points", "mean share %", .. first.Criteria.Select(c => c.Variable + " %")],
                groups.Select(g => g.Compliance!).Zip(groups, (c, g) => (string[])[g.Key, Int(c.Papers), Int(c.Compliant), Fixed(c.CompliantShare * 100, 2),
                    $"{Fixed(c.CompliantLow * 100, 2)} – {Fixed(c.CompliantHigh * 100, 2)}", Fixed(c.MeanPoints, 3), Fixed(c.MeanShare * 100, 2),
                    .. c.Criteria.Select(x => Fixed(x.Share * 100, 2))]));
            writer.Write('\n');
        }
        writer.Write(Footer(summary, files, skipped, withErrors));
        writer.Write('\n');
    }

    /// <summary>
    /// The closing line: papers and groups, and of the files read how many could not be read and were
    /// skipped (strictly) or had errors and count as far as they could be read (leniently).
    /// </summary>
    public static string Footer(CorpusSummary summary, int files, int skipped, int withErrors = 0) => string.Create(CultureInfo.InvariantCulture,
        $"{Count(summary.Papers, "paper")}{Incomplete(summary)} in {Count(summary.Groups.Count, "group")}, read from {Count(files, "file")} ({Read(skipped, withErrors)}). Only empirical papers enter the figures; R's interval is the 95% Wilson interval of the base rates (6/7, 5/15), carried linearly.");

    private static string Read(int skipped, int withErrors) => withErrors > 0
        ? $"{withErrors} with errors, counted as far as they could be read"
        : $"{skipped} could not be read and {(skipped == 1 ? "was" : "were")} skipped";

    public static void WriteJson(TextWriter writer, CorpusSummary summary, int files, int skipped)
    {
        var document = new SummaryDocument(files, skipped, summary.By == GroupBy.None ? "none" : KeyLabel(summary.By), [.. summary.Groups.Select(ToJson)]);
        writer.Write(JsonSerializer.Serialize(document, CliJson.Summary.SummaryDocument));
        writer.Write('\n');
    }

    public static void WriteCsv(TextWriter writer, CorpusSummary summary)
    {
        using var csv = CsvFiles.Writer(writer);
        string[] header =
        [
            KeyLabel(summary.By), "papers", "incomplete", "empirical", "both_code_and_data", "both_code_and_data_percent",
            "reproducibility_percent", "reproducibility_low_percent", "reproducibility_high_percent",
            "mean_documentation_score", "median_documentation_score",
            .. Enumerable.Range(0, Variables.Count + 1).Select(d => $"documentation_score_{d}"),
            .. Variables.Select(v => v.Column + "_percent"),
            .. summary.Groups.FirstOrDefault()?.Compliance is { } profile
                ? (string[])["compliance_profile", "compliance_compliant", "compliance_compliant_percent", "compliance_compliant_low_percent", "compliance_compliant_high_percent",
                    "compliance_mean_points", "compliance_mean_share", .. profile.Criteria.Select(c => VariableCatalog.Find(c.Variable)!.Column + "_met_percent")]
                : [],
        ];
        csv.WriteRecord(header);

        foreach (var group in summary.Groups)
        {
            var json = ToJson(group);
            csv.WriteRecord(
            [
                json.Key, CsvFiles.Number(json.Papers), CsvFiles.Number(json.Incomplete), CsvFiles.Number(json.Empirical), CsvFiles.Number(json.BothCodeAndData),
                CsvFiles.Number(json.BothCodeAndDataPercent), CsvFiles.Number(json.ReproducibilityPercent),
                CsvFiles.Number(json.ReproducibilityLowPercent), CsvFiles.Number(json.ReproducibilityHighPercent),
                CsvFiles.Number(json.MeanDocumentationScore), CsvFiles.Number(json.MedianDocumentationScore),
                .. json.DocumentationScoreCounts.Select(c => CsvFiles.Number(c)),
                .. json.VariablePercent.Values.Select(CsvFiles.Number),
                .. json.Compliance is { } c
                    ? (string[])[c.Profile, CsvFiles.Number(c.Compliant), CsvFiles.Number(c.CompliantPercent), CsvFiles.Number(c.CompliantLowPercent), CsvFiles.Number(c.CompliantHighPercent),
                        CsvFiles.Number(c.MeanPoints), CsvFiles.Number(c.MeanShare), .. c.Criteria.Select(x => CsvFiles.Number(x.MetPercent))]
                    : [],
            ]);
        }
        csv.Flush();
    }

    public static SummaryGroupJson ToJson(SummaryGroup group)
    {
        var s = group.Score;
        var variables = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var share in s.Variables) variables.Add(share.Variable, share.Share * 100);
        SummaryGroupJson json = new(group.Key, s.Papers, s.IncompletePapers, s.EmpiricalPapers, s.BothCodeAndData, s.BothCodeAndDataShare * 100,
            s.MeanReproducibilityScore * 100, s.ReproducibilityLow * 100, s.ReproducibilityHigh * 100,
            s.MeanDocumentationScore, s.MedianDocumentationScore, s.DocumentationScoreCounts, variables, ComplianceJson.From(group.Compliance));
        return json;
    }

    /// <summary><c>1 paper</c>, <c>2 papers</c>.</summary>
    public static string Count(int count, string noun) => string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? "" : "s")}");

    private static string Incomplete(CorpusSummary summary)
    {
        var incomplete = summary.Groups.Sum(g => g.Score.IncompletePapers);
        return incomplete == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $" ({incomplete} incomplete: read leniently, they lack a variable and count only what they hold)");
    }

}

/// <summary>The JSON of <c>gillrepro summary --format json</c>.</summary>
internal sealed record SummaryDocument(int Files, int Skipped, string By, IReadOnlyList<SummaryGroupJson> Groups);

/// <summary>One group of the summary JSON; percents are 0 to 100.</summary>
internal sealed record SummaryGroupJson(
    string Key,
    int Papers,
    int Incomplete,
    int Empirical,
    int BothCodeAndData,
    double BothCodeAndDataPercent,
    double ReproducibilityPercent,
    double ReproducibilityLowPercent,
    double ReproducibilityHighPercent,
    double MeanDocumentationScore,
    double MedianDocumentationScore,
    IReadOnlyList<int> DocumentationScoreCounts,
    IReadOnlyDictionary<string, double> VariablePercent,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ComplianceJson? Compliance = null);

/// <summary>A group's compliance with the profile asked for, over its empirical papers; percents are 0 to 100, the mean share 0 to 1.</summary>
internal sealed record ComplianceJson(
    string Profile,
    int Papers,
    int Compliant,
    double CompliantPercent,
    double CompliantLowPercent,
    double CompliantHighPercent,
    double MeanPoints,
    double MeanShare,
    IReadOnlyList<CriterionJson> Criteria)
{
    public static ComplianceJson? From(GroupCompliance? c) => c is null ? null : new(c.Profile, c.Papers, c.Compliant, c.CompliantShare * 100,
        c.CompliantLow * 100, c.CompliantHigh * 100, c.MeanPoints, c.MeanShare, [.. c.Criteria.Select(x => new CriterionJson(x.Variable, x.Met, x.Share * 100))]);
}

/// <summary>One criterion of a group's compliance: how many empirical papers meet it, and their percent.</summary>
internal sealed record CriterionJson(string Variable, int Met, double MetPercent);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true, IndentSize = 2, NewLine = "\n")]
[JsonSerializable(typeof(SummaryDocument))]
internal sealed partial class SummaryJsonContext : JsonSerializerContext;
