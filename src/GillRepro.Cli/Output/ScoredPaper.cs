using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GillRepro.Cli.Output;

/// <summary>One line of <c>gillrepro score --format jsonl</c>: a paper, its results and its scores.</summary>
internal sealed record ScoredPaper(
    string File,
    string Title,
    IReadOnlyList<string> Authors,
    string Venue,
    int Year,
    IReadOnlyDictionary<string, string> Results,
    int DocumentationScore,
    double ReproducibilityScore,
    bool Empirical,
    bool Complete,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] PaperCompliance? Compliance = null)
{
    public static ScoredPaper From(ScoredRow row) => From(row.File, row.Paper, row.Score, row.Compliance);

    public static ScoredPaper From(string file, Paper paper, PaperScore score, ComplianceScore? compliance = null)
    {
        // Keyed by the catalogue's names, whatever spelling the page used; only the first row of a variable counts.
        var results = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var variable in VariableCatalog.All)
        {
            if (paper.Find(variable.Kind) is { } row) results.Add(variable.Name, row.Result.Text);
        }
        return new ScoredPaper(file, paper.Title, paper.Authors, paper.Venue.Name, paper.Venue.Year, results,
            score.DocumentationScore, score.ReproducibilityScore, score.IsEmpirical, score.IsComplete, PaperCompliance.From(compliance));
    }
}

/// <summary>A paper read and scored, and its compliance when a profile was asked for.</summary>
internal sealed record ScoredRow(string File, Paper Paper, PaperScore Score, ComplianceScore? Compliance);

/// <summary>A paper's compliance with a profile in the tool's JSON: points, maximum, share (0 to 1), compliant, and the criteria not met.</summary>
internal sealed record PaperCompliance(string Profile, double Points, double Maximum, double Share, bool Compliant, IReadOnlyList<string> Missing)
{
    public static PaperCompliance? From(ComplianceScore? score) =>
        score is null ? null : new(score.Profile, score.Points, score.Maximum, score.ShareMet, score.IsCompliant, score.Missing);
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = false)]
[JsonSerializable(typeof(ScoredPaper))]
[JsonSerializable(typeof(IReadOnlyList<ScoredPaper>))]
internal sealed partial class CliJsonContext : JsonSerializerContext;

/// <summary>The tool's JSON settings: camelCase, non-ASCII text written as it is.</summary>
internal static class CliJson
{
    public static readonly CliJsonContext Compact = new(new JsonSerializerOptions(CliJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static readonly CliJsonContext Indented = new(new JsonSerializerOptions(Compact.Options)
    {
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
    });

    public static readonly SummaryJsonContext Summary = new(new JsonSerializerOptions(SummaryJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
