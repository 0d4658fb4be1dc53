using System.Globalization;
using static GillRepro.Cli.Output.Cells;

namespace GillRepro.Cli.Output;

/// <summary>
/// The outputs of <c>gillrepro compare</c>: markdown tables and CSV of a <see cref="LabellingComparison"/>
/// (two labellings) or a <see cref="Stability"/> (three or more); the JSON is the library's.
/// </summary>
internal static class ComparisonOutput
{
    /// <summary>Papers listed one by one (unmatched, or whose scores move) before the rest are counted.</summary>
    private const int Listed = 10;

    public static void WriteTables(TextWriter writer, LabellingComparison comparison)
    {
        string[] names = [comparison.Labelling, comparison.Reference];
        writer.Write($"Comparing {names[0]} with {names[1]} (the reference): {SummaryOutput.Count(comparison.Papers, "paper")} in both.\n\n");
        Variables(writer, comparison.Variables);
        Figures(writer, comparison.Figures);
        writer.Write(Moves(comparison.Changed, comparison.DocumentationChanged, comparison.ReproducibilityChanged, comparison.MeanAbsoluteDocumentationChange, "|ΔD|") + "\n");
        foreach (var paper in comparison.Changes.Take(Listed))
        {
            writer.Write(Invariant($"- {paper.Venue} \"{paper.Title}\": D {paper.DocumentationScore} / {paper.ReferenceDocumentationScore}, R {paper.ReproducibilityScore:0.00} / {paper.ReferenceReproducibilityScore:0.00}\n"));
        }
        if (comparison.Changes.Count > Listed) writer.Write($"- and {comparison.Changes.Count - Listed} more (all of them in --format json)\n");

        writer.Write($"\nConfusion (rows {names[0]}, columns {names[1]}; first the result {names[0]} gives, then {names[1]}'s):\n\n");
        foreach (var variable in comparison.Variables)
        {
            var c = variable.Confusion;
            var cells = c.Results.SelectMany((a, i) => c.Results.Select((b, j) => (a, b, n: c.Counts[i][j]))).Where(x => x.n > 0);
            writer.Write($"- {variable.Variable}: {string.Join(", ", cells.Select(x => Invariant($"{x.a} → {x.b} {x.n}")))}\n");
        }

        Unmatched(writer, comparison.Unmatched, comparison.Duplicates);
        foreach (var group in comparison.Groups)
        {
            writer.Write($"\n## {Heading(group.Key)}: {SummaryOutput.Count(group.Papers, "paper")}\n\n");
            Variables(writer, group.Variables);
            Figures(writer, group.Figures);
            writer.Write(Invariant($"Papers whose D or R differs: {group.Changed}; mean |ΔD| {group.MeanAbsoluteDocumentationChange:0.000}.\n"));
        }
    }

    public static void WriteTables(TextWriter writer, Stability stability)
    {
        var names = stability.Labellings;
        writer.Write($"Comparing {names.Count} labellings ({string.Join(", ", names)}): {SummaryOutput.Count(stability.Papers, "paper")} in all of them.\n\n");
        Variables(writer, stability.Variables, names.Count);
        Figures(writer, stability.Figures);
        writer.Write(Moves(stability.Changed, stability.DocumentationChanged, stability.ReproducibilityChanged, stability.MeanDocumentationSpread, "D spread (largest - smallest)") + "\n");
        foreach (var paper in stability.Spreads.Take(Listed))
        {
            writer.Write(Invariant($"- {paper.Venue} \"{paper.Title}\": D {string.Join(" / ", paper.DocumentationScores)}, R {string.Join(" / ", paper.ReproducibilityScores.Select(r => r.ToString("0.00", CultureInfo.InvariantCulture)))}\n"));
        }
        if (stability.Spreads.Count > Listed) writer.Write($"- and {stability.Spreads.Count - Listed} more (all of them in --format json)\n");

        Unmatched(writer, stability.Unmatched, stability.Duplicates);
        foreach (var group in stability.Groups)
        {
            writer.Write($"\n## {Heading(group.Key)}: {SummaryOutput.Count(group.Papers, "paper")}\n\n");
            Variables(writer, group.Variables, names.Count);
            Figures(writer, group.Figures);
            writer.Write(Invariant($"Papers whose D or R is not the same in every labelling: {group.Changed}; mean D spread {group.MeanDocumentationSpread:0.000}.\n"));
        }
    }

    private static string Heading(GroupKey key) => key.Year is { } && key.Venue is null ? $"year {key}" : key.Venue is not null && key.Year is null ? $"venue {key}" : key.ToString();

    private static void Unmatched(TextWriter writer, IReadOnlyList<UnmatchedPaper> unmatched, IReadOnlyList<DuplicatePaper> duplicates)
    {
        if (unmatched.Count > 0)
        {
            writer.Write($"\nIn some labellings only, left out of every figure ({unmatched.Count}):\n\n");
            foreach (var paper in unmatched.Take(Listed))
                writer.Write($"- {paper.Venue} \"{paper.Title}\": in {string.Join(", ", paper.FoundIn)}; not in {string.Join(", ", paper.MissingFrom)}\n");
            if (unmatched.Count > Listed) writer.Write($"- and {unmatched.Count - Listed} more (all of them in --format json)\n");
        }
        if (duplicates.Count > 0)
        {
            writer.Write($"\nHeld more than once in one labelling, compared as the first copy ({duplicates.Count}):\n\n");
            foreach (var paper in duplicates)
                writer.Write($"- {paper.Venue} \"{paper.Title}\": {paper.Sources.Count} times in {paper.Labelling} ({string.Join(", ", paper.Sources)})\n");
        }
    }

    /// <summary>The variables as rows: agreement and Cohen's kappa, then precision, recall and F1 of Yes.</summary>
    private static void Variables(TextWriter writer, IReadOnlyList<VariableAgreement> variables)
    {
        MarkdownTable(writer, ["variable", "papers", "agreement", "Cohen's kappa", "precision", "recall", "F1"],
            variables.Select(v => (string[])[v.Variable, Int(v.Papers), Share(v.Agreement), Share(v.Kappa), Share(v.Precision), Share(v.Recall), Share(v.F1)]));
        writer.Write('\n');
    }

    /// <summary>The variables as rows: the share stable across every labelling, the mean pairwise agreement, Fleiss' kappa, and how many agree.</summary>
    private static void Variables(TextWriter writer, IReadOnlyList<VariableStability> variables, int m)
    {
        MarkdownTable(writer, ["variable", "papers", "stable", "mean agreement", "Fleiss' kappa", .. Enumerable.Range(1, m).Reverse().Select(k => k == m ? "all agree" : k == 1 ? "none agree" : $"{k} agree")],
            variables.Select(v => (string[])[v.Variable, Int(v.Stable.Total), Share(v.Stable.Share), Share(v.MeanAgreement), Share(v.Kappa),
                .. Enumerable.Range(1, m).Reverse().Select(k => Int(v.Agreeing[k]))]));
        writer.Write('\n');
    }

    /// <summary>The Index's figures under each labelling, side by side, and how far they spread.</summary>
    private static void Figures(TextWriter writer, IReadOnlyList<LabellingFigures> figures)
    {
        var scores = figures.Select(f => f.Score).ToArray();
        string[] Row(string figure, Func<GroupScore, double> value, int decimals) =>
            [figure, .. scores.Select(s => Fixed(value(s), decimals)), Fixed(scores.Max(value) - scores.Min(value), decimals)];
        MarkdownTable(writer, ["figure", .. figures.Select(f => f.Labelling), "spread"],
        [
            ["empirical papers", .. scores.Select(s => Int(s.EmpiricalPapers)), Int(scores.Max(s => s.EmpiricalPapers) - scores.Min(s => s.EmpiricalPapers))],
            Row("both code and data %", s => s.BothCodeAndData.Share * 100, 2),
            Row("mean R (0.86 / 0.33) %", s => s.MeanReproducibilityScore * 100, 2),
            Row("mean D", s => s.MeanDocumentationScore, 3),
        ]);
        writer.Write('\n');
    }

    private static string Moves(Proportion changed, Proportion documentation, Proportion reproducibility, double meanSpread, string spread) => Invariant(
        $"Papers whose D or R is not the same in every labelling: {changed}; D moves for {documentation.Share * 100:0.00}%, R for {reproducibility.Share * 100:0.00}%; mean {spread} {meanSpread:0.000}.");

    /// <summary>One row per variable, for the comparison and then each group.</summary>
    public static void WriteCsv(TextWriter writer, LabellingComparison comparison)
    {
        using var csv = CsvFiles.Writer(writer);
        csv.WriteRecord(["group", "variable", "papers", "agreement", "kappa", "precision", "recall", "f1"]);
        void Rows(string key, IEnumerable<VariableAgreement> variables)
        {
            foreach (var v in variables)
                csv.WriteRecord([key, v.Variable, CsvFiles.Number(v.Papers), CsvFiles.Number(v.Agreement), Maybe(v.Kappa), Maybe(v.Precision), Maybe(v.Recall), Maybe(v.F1)]);
        }
        Rows("all", comparison.Variables);
        foreach (var group in comparison.Groups) Rows(group.Key.Text, group.Variables);
        csv.Flush();
    }

    /// <summary>One row per variable, for the labellings and then each group.</summary>
    public static void WriteCsv(TextWriter writer, Stability stability)
    {
        using var csv = CsvFiles.Writer(writer);
        csv.WriteRecord(["group", "variable", "papers", "stable", "mean_agreement", "kappa"]);
        void Rows(string key, IEnumerable<VariableStability> variables)
        {
            foreach (var v in variables)
                csv.WriteRecord([key, v.Variable, CsvFiles.Number(v.Stable.Total), CsvFiles.Number(v.Stable.Share), CsvFiles.Number(v.MeanAgreement), Maybe(v.Kappa)]);
        }
        Rows("all", stability.Variables);
        foreach (var group in stability.Groups) Rows(group.Key.Text, group.Variables);
        csv.Flush();
    }

    private static string Maybe(double? value) => value is { } v ? CsvFiles.Number(v) : "";

    /// <summary>A share or kappa to four decimals; <c>–</c> where it is undefined.</summary>
    private static string Share(double? value) => value is { } v ? v.ToString("0.0000", CultureInfo.InvariantCulture) : "–";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
