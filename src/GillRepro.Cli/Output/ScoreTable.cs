using System.Globalization;
using Spectre.Console;

namespace GillRepro.Cli.Output;

/// <summary>The table views of <c>gillrepro score</c>.</summary>
internal static class ScoreTable
{
    /// <summary>One paper: its nine rows, then its two scores.</summary>
    public static void WritePaper(IAnsiConsole console, Paper paper, ScoredPaper scored)
    {
        var (file, score, compliance) = (scored.Source, scored.Score, scored.Compliance);
        // A rule spans the console: on a terminal its width, elsewhere the title's.
        if (Consoles.IsUnbounded(console)) console.Write(new Text($"── {paper.Title} {new string('─', Math.Max(3, 80 - paper.Title.Length - 4))}\n"));
        else console.Write(new Rule(Markup.Escape(paper.Title)).LeftJustified());
        console.Write(new Text($"{string.Join(", ", paper.Authors)}\n{paper.Venue}  ·  {file}\n\n"));

        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Reproducibility Variable")
            .AddColumn("Result")
            .AddColumn(new TableColumn("Counts toward D").Centered());
        foreach (var variable in paper.Variables)
        {
            // The first row of a variable that counts toward D is the one the score read (Paper.Find).
            var counts = variable.Kind == VariableKind.Unknown || !VariableCatalog.Get(variable.Kind).CountsTowardDocumentation
                || !ReferenceEquals(paper.Find(variable.Kind), variable) ? "" : variable.Result.IsYes ? "+1" : "0";
            table.AddRow(new Text(variable.Name), new Text(variable.Result.Text), new Text(counts));
        }
        console.Write(table);

        console.Write(new Text(
            $"Documentation Score D = {score.DocumentationScore} of {VariableCatalog.Documentation.Count}\n" +
            $"Reproducibility Score R = {score.ReproducibilityScore.ToString("0.00", CultureInfo.InvariantCulture)}" +
            $" ({Describe(score)})\n" +
            $"Empirical: {(score.IsEmpirical ? "yes" : "no (theoretical papers enter no group figure)")}\n"));
        if (compliance is not null) console.Write(new Text($"{compliance.Profile}: {Compliance(compliance)}\n"));
    }

    /// <summary><c>2 of 2 points (100%), compliant</c>; <c>1 of 2 points (50%), not compliant: missing Open Datasets</c>.</summary>
    private static string Compliance(ComplianceScore score) => string.Create(CultureInfo.InvariantCulture,
        $"{score.Points:0.##} of {score.Maximum:0.##} points ({score.ShareMet:0.#%}), {(score.IsCompliant ? "compliant" : "not compliant")}{(score.Missing.Count == 0 ? "" : ": missing " + string.Join(", ", score.Missing))}");

    /// <summary>Several papers: a row each (in file order), then the group's figures, which count each paper once.</summary>
    public static void WritePapers(IAnsiConsole console, IReadOnlyList<ScoredPaper> papers, SummaryGroup figures)
    {
        var profile = figures.Compliance;
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Paper")
            .AddColumn("Venue")
            .AddColumn(new TableColumn("D").RightAligned())
            .AddColumn(new TableColumn("R").RightAligned())
            .AddColumn("Empirical");
        if (profile is not null) table.AddColumn(new TableColumn(Markup.Escape(profile.Profile)).RightAligned());
        foreach (var paper in papers)
        {
            var (score, outcome) = (paper.Score, paper.Compliance);
            Text[] cells =
            [
                new Text(paper.Title),
                new Text(paper.Venue.ToString()),
                new Text(score.DocumentationScore.ToString(CultureInfo.InvariantCulture)),
                new Text(score.ReproducibilityScore.ToString("0.00", CultureInfo.InvariantCulture)),
                new Text(score.IsEmpirical ? "yes" : "no"),
            ];
            table.AddRow(outcome is null ? cells : [.. cells, new Text(string.Create(CultureInfo.InvariantCulture,
                $"{outcome.Points:0.##}/{outcome.Maximum:0.##} {(outcome.IsCompliant ? "yes" : "no")}"))]);
        }
        console.Write(table);

        var group = figures.Score;
        console.Write(new Text(string.Create(CultureInfo.InvariantCulture,
            $"{group.Papers} papers, {group.EmpiricalPapers} empirical: mean D {group.MeanDocumentationScore:0.000} (median {group.MedianDocumentationScore:0.#}), " +
            $"mean R {group.MeanReproducibilityScore:0.0000} [{group.ReproducibilityLow:0.0000}, {group.ReproducibilityHigh:0.0000}], " +
            $"code and data {group.BothCodeAndData.Count} ({group.BothCodeAndData.Share:0.00%})\n")));
        if (profile is { } compliance)
        {
            console.Write(new Text(string.Create(CultureInfo.InvariantCulture,
                $"{compliance.Profile}: {compliance.Compliant.Count} of {compliance.Compliant.Total} empirical papers compliant ({compliance.Compliant.Share:0.00%}, 95% interval {compliance.Compliant.Low ?? 0:0.00%} – {compliance.Compliant.High ?? 0:0.00%}), mean {compliance.MeanPoints:0.###} of {papers.First(p => p.Compliance is not null).Compliance!.Maximum:0.##} points\n")));
        }
    }

    private static string Describe(PaperScore score) =>
        score.SharesData ? (score.SharesCode ? "code and data shared" : "data shared, code not") : "no open data";
}
