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
    bool Complete)
{
    /// <summary>The columns, in order.</summary>
    public static readonly string[] Columns =
        ["file", "venue", "year", "title", "authors", .. VariableCatalog.All.Select(v => v.Column), "documentation_score", "reproducibility_score", "empirical", "complete"];

    /// <summary>The row of a paper; authors are joined with <c>, </c> as on the page; a missing variable is null.</summary>
    public static ExportRow From(string file, Paper paper)
    {
        var score = Scorecard.Score(paper);
        return new ExportRow(file, paper.Venue.Name, paper.Venue.Year, paper.Title, string.Join(", ", paper.Authors),
            [.. VariableCatalog.All.Select(v => paper.Find(v.Kind)?.Result.Text)],
            score.DocumentationScore, score.ReproducibilityScore, score.IsEmpirical, score.IsComplete);
    }
}
