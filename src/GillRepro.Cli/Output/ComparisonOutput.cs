using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using static GillRepro.Cli.Output.Cells;

namespace GillRepro.Cli.Output;

/// <summary>The outputs of <c>gillrepro compare</c>: markdown tables, JSON and CSV of a <see cref="Comparison"/>.</summary>
internal static class ComparisonOutput
{
    /// <summary>Papers listed one by one (unmatched, or whose scores move) before the rest are counted.</summary>
    private const int Listed = 10;

    public static void WriteTables(TextWriter writer, Comparison comparison, GroupBy by)
    {
        var names = comparison.Labellings;
        writer.Write(names.Count == 2
            ? $"Comparing {names[0]} with {names[1]} (the reference): {SummaryOutput.Count(comparison.Papers, "paper")} in both.\n\n"
            : $"Comparing {names.Count} labellings ({string.Join(", ", names)}): {SummaryOutput.Count(comparison.Papers, "paper")} in all of them.\n\n");
        Variables(writer, comparison);
        Figures(writer, comparison);
        writer.Write(Moves(comparison) + "\n");
        foreach (var paper in comparison.Differences.Take(Listed))
        {
            writer.Write(Invariant($"- {paper.Venue} \"{paper.Title}\": D {string.Join(" / ", paper.DocumentationScores)}, R {string.Join(" / ", paper.ReproducibilityScores.Select(r => r.ToString("0.00", CultureInfo.InvariantCulture)))}\n"));
        }
        if (comparison.Differences.Count > Listed) writer.Write($"- and {comparison.Differences.Count - Listed} more (all of them in --format json)\n");

        if (names.Count == 2)
        {
            writer.Write($"\nConfusion (rows {names[0]}, columns {names[1]}; first the result {names[0]} gives, then {names[1]}'s):\n\n");
            foreach (var variable in comparison.Variables)
            {
                var c = variable.Confusion!;
                var cells = c.Results.SelectMany((a, i) => c.Results.Select((b, j) => (a, b, n: c.Counts[i][j]))).Where(x => x.n > 0);
                writer.Write($"- {variable.Variable}: {string.Join(", ", cells.Select(x => Invariant($"{x.a} → {x.b} {x.n}")))}\n");
            }
        }

        if (comparison.Unmatched.Count > 0)
        {
            writer.Write($"\nIn some labellings only, left out of every figure ({comparison.Unmatched.Count}):\n\n");
            foreach (var paper in comparison.Unmatched.Take(Listed))
                writer.Write($"- {paper.Venue} \"{paper.Title}\": in {string.Join(", ", paper.FoundIn)}; not in {string.Join(", ", paper.MissingFrom)}\n");
            if (comparison.Unmatched.Count > Listed) writer.Write($"- and {comparison.Unmatched.Count - Listed} more (all of them in --format json)\n");
        }

        foreach (var group in comparison.Groups)
        {
            writer.Write($"\n## {SummaryOutput.KeyLabel(by)} {group.Key}: {SummaryOutput.Count(group.Comparison.Papers, "paper")}\n\n");
            Variables(writer, group.Comparison);
            Figures(writer, group.Comparison);
            writer.Write(Moves(group.Comparison) + "\n");
        }
    }

    /// <summary>The variables as rows: agreement and kappa, then precision, recall and F1 of Yes (two labellings) or stability (more).</summary>
    private static void Variables(TextWriter writer, Comparison comparison)
    {
        var m = comparison.Labellings.Count;
        if (m == 2)
        {
            MarkdownTable(writer, ["variable", "papers", "agreement", "Cohen's kappa", "precision", "recall", "F1"],
                comparison.Variables.Select(v => (string[])[v.Variable, Int(v.Papers), Share(v.Agreement), Share(v.Kappa), Share(v.Precision), Share(v.Recall), Share(v.F1)]));
        }
        else
        {
            MarkdownTable(writer, ["variable", "papers", "stable", "agreement", "Fleiss' kappa", .. Enumerable.Range(1, m).Reverse().Select(k => k == m ? "all agree" : k == 1 ? "none agree" : $"{k} agree")],
                comparison.Variables.Select(v => (string[])[v.Variable, Int(v.Papers), Share(v.Stable), Share(v.Agreement), Share(v.Kappa),
                    .. Enumerable.Range(1, m).Reverse().Select(k => Int(v.Agreeing[k]))]));
        }
        writer.Write('\n');
    }

    /// <summary>The Index's figures under each labelling, side by side, and how far they spread.</summary>
    private static void Figures(TextWriter writer, Comparison comparison)
    {
        var scores = comparison.Figures.Select(f => f.Score).ToArray();
        string[] Row(string figure, Func<GroupScore, double> value, int decimals) =>
            [figure, .. scores.Select(s => Fixed(value(s), decimals)), Fixed(scores.Max(value) - scores.Min(value), decimals)];
        MarkdownTable(writer, ["figure", .. comparison.Labellings, "spread"],
        [
            ["empirical papers", .. scores.Select(s => Int(s.EmpiricalPapers)), Int(scores.Max(s => s.EmpiricalPapers) - scores.Min(s => s.EmpiricalPapers))],
            Row("both code and data %", s => s.BothCodeAndDataShare * 100, 2),
            Row("mean R (0.86 / 0.33) %", s => s.MeanReproducibilityScore * 100, 2),
            Row("mean D", s => s.MeanDocumentationScore, 3),
        ]);
        writer.Write('\n');
    }

    private static string Moves(Comparison c) => Invariant(
        $"Papers whose D or R is not the same in every labelling: {c.Differences.Count} of {c.Papers} ({c.ChangedShare * 100:0.00}%); D moves for {c.DocumentationChangedShare * 100:0.00}%, R for {c.ReproducibilityChangedShare * 100:0.00}%; mean |ΔD| {c.MeanDocumentationChange:0.000}.");

    public static void WriteJson(TextWriter writer, Comparison comparison, GroupBy by)
    {
        var document = new CompareDocument(comparison.Labellings, comparison.Papers, by == GroupBy.None ? "none" : SummaryOutput.KeyLabel(by),
            [.. comparison.Unmatched.Select(u => new UnmatchedJson(u.Venue.Name, u.Venue.Year, u.Title, u.FoundIn, u.MissingFrom))],
            Part(comparison), [.. comparison.Groups.Select(g => new CompareGroupJson(g.Key, Part(g.Comparison)))]);
        writer.Write(JsonSerializer.Serialize(document, CompareJson.Default.CompareDocument));
        writer.Write('\n');
    }

    private static ComparePartJson Part(Comparison c)
    {
        var scores = c.Figures.Select(f => f.Score).ToArray();
        return new ComparePartJson(
            c.Papers,
            [.. c.Variables.Select(v => new VariableJson(v.Variable, v.Papers, v.Agreement, v.Kappa, v.Stable,
                Enumerable.Range(1, v.Agreeing.Count - 1).Reverse().ToDictionary(k => k.ToString(CultureInfo.InvariantCulture), k => v.Agreeing[k]),
                v.Confusion is { } m ? m.Results.Select((a, i) => (a, i)).ToDictionary(x => x.a, x => (IReadOnlyDictionary<string, int>)m.Results.Select((b, j) => (b, j)).ToDictionary(y => y.b, y => m.Counts[x.i][y.j])) : null,
                v.Precision, v.Recall, v.F1))],
            new DifferencesJson(c.MeanDocumentationChange, c.DocumentationChangedShare, c.ReproducibilityChangedShare, c.ChangedShare,
                [.. c.Differences.Select(d => new DifferenceJson(d.Venue.Name, d.Venue.Year, d.Title, d.DocumentationScores, d.ReproducibilityScores, d.DocumentationChange))]),
            [.. c.Figures.Select(f => new FiguresJson(f.Labelling, f.Score.Papers, f.Score.EmpiricalPapers, f.Score.BothCodeAndData, f.Score.BothCodeAndDataShare * 100,
                f.Score.MeanReproducibilityScore * 100, f.Score.MeanDocumentationScore))],
            new SpreadJson(
                scores.Max(s => s.BothCodeAndDataShare * 100) - scores.Min(s => s.BothCodeAndDataShare * 100),
                scores.Max(s => s.MeanReproducibilityScore * 100) - scores.Min(s => s.MeanReproducibilityScore * 100),
                scores.Max(s => s.MeanDocumentationScore) - scores.Min(s => s.MeanDocumentationScore)));
    }

    public static void WriteCsv(TextWriter writer, Comparison comparison)
    {
        using var csv = CsvFiles.Writer(writer);
        csv.WriteRecord(["group", "variable", "papers", "agreement", "kappa", "stable", "precision", "recall", "f1"]);
        void Rows(string key, Comparison c)
        {
            foreach (var v in c.Variables)
            {
                csv.WriteRecord([key, v.Variable, CsvFiles.Number(v.Papers), CsvFiles.Number(v.Agreement), Maybe(v.Kappa), CsvFiles.Number(v.Stable), Maybe(v.Precision), Maybe(v.Recall), Maybe(v.F1)]);
            }
        }
        Rows("all", comparison);
        foreach (var group in comparison.Groups) Rows(group.Key, group.Comparison);
        csv.Flush();
    }

    private static string Maybe(double? value) => value is { } v ? CsvFiles.Number(v) : "";

    /// <summary>A share or kappa to four decimals; <c>–</c> where it is undefined.</summary>
    private static string Share(double? value) => value is { } v ? v.ToString("0.0000", CultureInfo.InvariantCulture) : "–";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

/// <summary>The JSON of <c>gillrepro compare --format json</c> (<c>docs/schemas/compare.schema.json</c>); shares are 0 to 1, figures' percents 0 to 100.</summary>
internal sealed record CompareDocument(
    IReadOnlyList<string> Labellings,
    int Papers,
    string By,
    IReadOnlyList<UnmatchedJson> Unmatched,
    [property: JsonIgnore] ComparePartJson All,
    [property: JsonPropertyOrder(2)] IReadOnlyList<CompareGroupJson> Groups)
{
    [JsonPropertyOrder(1)]
    public IReadOnlyList<VariableJson> Variables => All.Variables;

    [JsonPropertyOrder(1)]
    public DifferencesJson Differences => All.Differences;

    [JsonPropertyOrder(1)]
    public IReadOnlyList<FiguresJson> Figures => All.Figures;

    [JsonPropertyOrder(1)]
    public SpreadJson Spread => All.Spread;
}

internal sealed record CompareGroupJson(string Key, [property: JsonIgnore] ComparePartJson Part)
{
    public int Papers => Part.Papers;

    public IReadOnlyList<VariableJson> Variables => Part.Variables;

    public DifferencesJson Differences => Part.Differences;

    public IReadOnlyList<FiguresJson> Figures => Part.Figures;

    public SpreadJson Spread => Part.Spread;
}

internal sealed record ComparePartJson(int Papers, IReadOnlyList<VariableJson> Variables, DifferencesJson Differences, IReadOnlyList<FiguresJson> Figures, SpreadJson Spread);

internal sealed record UnmatchedJson(string Venue, int Year, string Title, IReadOnlyList<string> FoundIn, IReadOnlyList<string> MissingFrom);

internal sealed record VariableJson(
    string Variable,
    int Papers,
    double Agreement,
    double? Kappa,
    double Stable,
    IReadOnlyDictionary<string, int> Agreeing,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>>? Confusion,
    double? Precision,
    double? Recall,
    double? F1);

internal sealed record DifferencesJson(double MeanAbsoluteDocumentationChange, double DocumentationChangedShare, double ReproducibilityChangedShare, double ChangedShare, IReadOnlyList<DifferenceJson> Papers);

internal sealed record DifferenceJson(string Venue, int Year, string Title, IReadOnlyList<int> DocumentationScores, IReadOnlyList<double> ReproducibilityScores, int DocumentationChange);

internal sealed record FiguresJson(string Labelling, int Papers, int Empirical, int BothCodeAndData, double BothCodeAndDataPercent, double ReproducibilityPercent, double MeanDocumentationScore);

internal sealed record SpreadJson(double BothCodeAndDataPercent, double ReproducibilityPercent, double MeanDocumentationScore);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true, IndentSize = 2, NewLine = "\n")]
[JsonSerializable(typeof(CompareDocument))]
internal sealed partial class CompareJsonContext : JsonSerializerContext;

/// <summary>The compare JSON's settings: non-ASCII text written as it is.</summary>
internal static class CompareJson
{
    public static readonly CompareJsonContext Default = new(new JsonSerializerOptions(CompareJsonContext.Default.Options)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
