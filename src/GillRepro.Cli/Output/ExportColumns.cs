namespace GillRepro.Cli.Output;

/// <summary>The columns of an export's flat rows (CSV and Parquet): what a paper is, its nine results and its scores.</summary>
internal static class ExportColumns
{
    /// <summary>The columns, in order; with a profile, its three after the rest.</summary>
    public static string[] Of(bool profile, bool facts = false) =>
        ["file", "venue", "year", "title", "authors", .. VariableCatalog.All.Select(v => v.Column), "documentation_score", "reproducibility_score", "empirical", "complete",
            .. profile ? Compliance : [], .. facts ? Facts : []];

    /// <summary>The facts columns of <c>export --facts</c>: the names of <c>gillrepro facts</c>, list columns joined with "; ".</summary>
    public static readonly string[] Facts = FactsOutput.FactColumns[4..];

    /// <summary>The facts cells of a paper, in the order of <see cref="Facts"/>.</summary>
    public static string[] FactCells(GillRepro.Facts.PaperFacts facts) => FactsOutput.FactCells(facts);

    /// <summary>A profile's columns: its points, the share of its maximum (0 to 1), and whether the paper complies.</summary>
    public static readonly string[] Compliance = ["compliance_points", "compliance_share", "compliant"];

    /// <summary>The authors in one cell, joined with <c>, </c> as on the page.</summary>
    public static string Authors(ScoredPaper paper) => string.Join(", ", paper.Authors);
}
