using System.Globalization;
using static GillRepro.Cli.Output.Cells;

namespace GillRepro.Cli.Output;

/// <summary>The outputs of <c>gillrepro summary</c>: tables, JSON and CSV of a <see cref="CorpusSummary"/>.</summary>
internal static class SummaryOutput
{
    private static IReadOnlyList<VariableDefinition> Variables => VariableCatalog.Documentation;

    public static string KeyLabel(Grouping by) => by == Grouping.None ? "group" : Commands.Options.Word(by);

    /// <summary>
    /// Three markdown tables, written as <c>docs/scoring.md</c> writes its year table, so they paste into
    /// documents and compare line by line: the Index's own columns, the spread of the scores, and the
    /// percent Yes of each variable; then how many files were read and skipped.
    /// </summary>
    public static void WriteTables(TextWriter writer, CorpusSummary summary, int files, int skipped, int withErrors = 0, bool lenient = false)
    {
        var key = KeyLabel(summary.By);
        var groups = summary.Groups;
        MarkdownTable(writer, [key, "empirical papers", "both code and data", "both %", "mean R (0.86 / 0.33) %", "mean D"],
            groups.Select(g => (string[])[g.Key.Text, .. Cells.IndexFigures(g.Score)]));
        writer.Write('\n');
        MarkdownTable(writer, [key, "papers", "R 95% interval %", "median D", .. Enumerable.Range(0, Variables.Count + 1).Select(d => d == 0 ? "D = 0" : Int(d))],
            groups.Select(g => (string[])[g.Key.Text, Int(g.Score.Papers), $"{Fixed(g.Score.ReproducibilityLow * 100, 2)} – {Fixed(g.Score.ReproducibilityHigh * 100, 2)}",
                g.Score.MedianDocumentationScore.ToString("0.#", CultureInfo.InvariantCulture), .. g.Score.DocumentationScoreCounts.Select(Int)]));
        writer.Write('\n');
        MarkdownTable(writer, [key, .. Variables.Select(v => v.Abbreviation + " %")],
            groups.Select(g => (string[])[g.Key.Text, .. g.Score.Variables.Select(v => Fixed(v.Proportion.Share * 100, 2))]));
        writer.Write('\n');
        if (groups.Count > 0 && groups[0].Compliance is { } first)
        {
            // Compliance with the profile asked for: over the empirical papers, each criterion's percent met.
            writer.Write($"Compliance with {first.Profile}:\n\n");
            MarkdownTable(writer, [key, "empirical papers", "compliant", "compliant %", "95% interval %", "mean points", "mean share %", .. first.Criteria.Select(c => c.Variable + " %")],
                groups.Select(g => g.Compliance!).Zip(groups, (c, g) => (string[])[g.Key.Text, Int(c.Compliant.Total), Int(c.Compliant.Count), Fixed(c.Compliant.Share * 100, 2),
                    $"{Fixed((c.Compliant.Low ?? 0) * 100, 2)} – {Fixed((c.Compliant.High ?? 0) * 100, 2)}", Fixed(c.MeanPoints, 3), Fixed(c.MeanShare * 100, 2),
                    .. c.Criteria.Select(x => Fixed(x.Proportion.Share * 100, 2))]));
            writer.Write('\n');
        }
        FactsOutput.WriteFactFigures(writer, summary, key);
        FactsOutput.WriteAuditFigures(writer, summary, key);
        writer.Write(Footer(summary, files, skipped, withErrors, lenient));
        writer.Write('\n');
    }

    /// <summary>
    /// The closing line: papers and groups, and of the files read how many could not be read and were
    /// skipped (strictly) or had errors and count as far as they could be read (leniently).
    /// </summary>
    public static string Footer(CorpusSummary summary, int files, int skipped, int withErrors = 0, bool lenient = false) => string.Create(CultureInfo.InvariantCulture,
        $"{(summary.Filter is { } filter ? $"Filter: {filter}. " : "")}{Count(summary.Papers, "paper")}{Incomplete(summary, lenient)} in {Count(summary.Groups.Count, "group")}, read from {Count(files, "file")} ({Read(skipped, withErrors)}). Only empirical papers enter the figures; R's interval is the 95% Wilson interval of the base rates (6/7, 5/15), carried linearly.");

    private static string Read(int skipped, int withErrors) => withErrors > 0
        ? $"{withErrors} with errors, counted as far as they could be read"
        : $"{skipped} could not be read and {(skipped == 1 ? "was" : "were")} skipped";

    /// <summary>One row per group: the Index's figures in percent (0 to 100), then the profile's compliance when one was asked for.</summary>
    public static void WriteCsv(TextWriter writer, CorpusSummary summary)
    {
        using var csv = CsvFiles.Writer(writer);
        var profile = summary.Groups.FirstOrDefault()?.Compliance;
        string[] header =
        [
            KeyLabel(summary.By), "papers", "incomplete", "empirical", "both_code_and_data", "both_code_and_data_percent",
            "reproducibility_percent", "reproducibility_low_percent", "reproducibility_high_percent",
            "mean_documentation_score", "median_documentation_score",
            .. Enumerable.Range(0, Variables.Count + 1).Select(d => $"documentation_score_{d}"),
            .. Variables.Select(v => v.Column + "_percent"),
            .. profile is not null
                ? (string[])["compliance_profile", "compliance_compliant", "compliance_compliant_percent", "compliance_compliant_low_percent", "compliance_compliant_high_percent",
                    "compliance_mean_points", "compliance_mean_share", .. profile.Criteria.Select(c => VariableCatalog.Get(c.Kind).Column + "_met_percent")]
                : [],
        ];
        csv.WriteRecord(header);

        foreach (var group in summary.Groups)
        {
            var s = group.Score;
            csv.WriteRecord(
            [
                group.Key.Text, CsvFiles.Number(s.Papers), CsvFiles.Number(s.IncompletePapers), CsvFiles.Number(s.EmpiricalPapers), CsvFiles.Number(s.BothCodeAndData.Count),
                Percent(s.BothCodeAndData.Share), Percent(s.MeanReproducibilityScore), Percent(s.ReproducibilityLow), Percent(s.ReproducibilityHigh),
                CsvFiles.Number(s.MeanDocumentationScore), CsvFiles.Number(s.MedianDocumentationScore),
                .. s.DocumentationScoreCounts.Select(c => CsvFiles.Number(c)),
                .. s.Variables.Select(v => Percent(v.Proportion.Share)),
                .. group.Compliance is { } c
                    ? (string[])[c.Profile, CsvFiles.Number(c.Compliant.Count), Percent(c.Compliant.Share), Percent(c.Compliant.Low ?? 0), Percent(c.Compliant.High ?? 0),
                        CsvFiles.Number(c.MeanPoints), CsvFiles.Number(c.MeanShare), .. c.Criteria.Select(x => Percent(x.Proportion.Share))]
                    : [],
            ]);
        }
        csv.Flush();
    }

    private static string Percent(double share) => CsvFiles.Number(share * 100);

    /// <summary><c>1 paper</c>, <c>2 papers</c>.</summary>
    public static string Count(int count, string noun) => string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? "" : "s")}");

    private static string Incomplete(CorpusSummary summary, bool lenient)
    {
        var incomplete = summary.Groups.Sum(g => g.Score.IncompletePapers);
        if (incomplete == 0 && lenient) return " (0 incomplete)";
        return incomplete == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $" ({incomplete} incomplete: read leniently, they lack a variable and count only what they hold)");
    }

}

