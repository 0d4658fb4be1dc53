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
    bool Empirical)
{
    /// <summary>The nine variables, in the Index's order, as column names.</summary>
    public static readonly (VariableKind Kind, string Column)[] ResultColumns =
    [
        (VariableKind.ResearchType, "research_type"),
        (VariableKind.ResearcherAffiliation, "researcher_affiliation"),
        (VariableKind.Pseudocode, "pseudocode"),
        (VariableKind.OpenSourceCode, "open_source_code"),
        (VariableKind.OpenDatasets, "open_datasets"),
        (VariableKind.DatasetSplits, "dataset_splits"),
        (VariableKind.HardwareSpecification, "hardware_specification"),
        (VariableKind.SoftwareDependencies, "software_dependencies"),
        (VariableKind.ExperimentSetup, "experiment_setup"),
    ];

    /// <summary>The columns, in order.</summary>
    public static readonly string[] Columns =
        ["file", "venue", "year", "title", "authors", .. ResultColumns.Select(c => c.Column), "documentation_score", "reproducibility_score", "empirical"];

    /// <summary>The row of a paper; authors are joined with <c>, </c> as on the page; a missing variable is null.</summary>
    public static ExportRow From(string file, Paper paper)
    {
        var score = Scorecard.Score(paper);
        return new ExportRow(file, paper.Venue.Name, paper.Venue.Year, paper.Title, string.Join(", ", paper.Authors),
            [.. ResultColumns.Select(c => paper.Find(c.Kind)?.Result.Text)],
            score.DocumentationScore, score.ReproducibilityScore, score.IsEmpirical);
    }
}
