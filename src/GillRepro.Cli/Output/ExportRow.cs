namespace GillRepro.Cli.Output;

/// <summary>One paper as a flat row for CSV and Parquet: what it is, its nine results and its scores.</summary>
internal sealed record ExportRow(
    string File,
    string Venue,
    int Year,
    string Title,
    string Authors,
    IReadOnlyList<string?> Results,
    int DocumentationScore,
    double ReproducibilityScore,
    bool Empirical,
    bool Complete,
    ComplianceScore? Compliance)
{
    /// <summary>The columns, in order; with a profile, its three after the rest.</summary>
    public static string[] Columns(bool profile) =>
        ["file", "venue", "year", "title", "authors", .. VariableCatalog.All.Select(v => v.Column), "documentation_score", "reproducibility_score", "empirical", "complete",
            .. profile ? ComplianceColumns : []];

    /// <summary>A profile's columns: its points, the share of its maximum (0 to 1), and whether the paper complies.</summary>
    public static readonly string[] ComplianceColumns = ["compliance_points", "compliance_share", "compliant"];

    /// <summary>The row of a paper; authors are joined with <c>, </c> as on the page; a missing variable is null.</summary>
    public static ExportRow From(string file, Paper paper, ScoringProfile? profile)
    {
        var score = Scorecard.Score(paper);
        return new ExportRow(file, paper.Venue.Name, paper.Venue.Year, paper.Title, string.Join(", ", paper.Authors),
            [.. VariableCatalog.All.Select(v => paper.Find(v.Kind)?.Result.Text)],
            score.DocumentationScore, score.ReproducibilityScore, score.IsEmpirical, score.IsComplete,
            profile is null ? null : Scorecard.Compliance(paper, profile));
    }
}
