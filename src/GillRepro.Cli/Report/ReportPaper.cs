using System.Text.Json.Serialization;

namespace GillRepro.Cli.Report;

/// <summary>One paper as the report embeds it, once, in <c>&lt;script type="application/json" id="papers"&gt;</c>: the list, the filters and each paper's nine results are built from it.</summary>
internal sealed record ReportPaper(
    string Title,
    IReadOnlyList<string> Authors,
    string Venue,
    int Year,
    IReadOnlyList<string?> Results,
    int DocumentationScore,
    double ReproducibilityScore,
    bool Empirical,
    bool Complete,
    string File)
{
    public static ReportPaper From(string file, Paper paper)
    {
        var score = Scorecard.Score(paper);
        // The nine results in the catalogue's order (the report names them once, in id="variable-names"); null where the page lacks one.
        return new ReportPaper(paper.Title, paper.Authors, paper.Venue.Name, paper.Venue.Year, [.. VariableCatalog.All.Select(v => paper.Find(v.Kind)?.Result.Text)],
            score.DocumentationScore, score.ReproducibilityScore, score.IsEmpirical, score.IsComplete, file);
    }
}

/// <summary>
/// The report's JSON: compact, and with the default encoder, which writes <c>&lt;</c>, <c>&gt;</c>,
/// <c>&amp;</c> and quotes as <c>\u003C</c> and the like, so no text from a page can close the script
/// element that holds it.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = false)]
[JsonSerializable(typeof(IReadOnlyList<ReportPaper>))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
