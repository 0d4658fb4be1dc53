using System.Text.Encodings.Web;
using System.Text.Json;

namespace GillRepro.Serialization;

/// <summary>
/// One JSON per concept, the same the tool prints: papers, reports, scores, groups, corpus summaries and
/// comparisons, through System.Text.Json's source-generated metadata (camelCase names, enums as strings,
/// properties in a fixed order, LF line ends, non-ASCII text unescaped); <c>docs/schemas</c> describes each.
/// <c>DeserializePaper(Serialize(p)) == p</c>.
/// </summary>
public static class ScorecardJson
{
    /// <summary>Writes a paper, with every variable's evidence and source span.</summary>
    /// <param name="paper">The paper.</param>
    /// <param name="indented">True for one property per line (two-space indents), false for one line.</param>
    public static string Serialize(Paper paper, bool indented = true) =>
        JsonSerializer.Serialize(paper ?? throw new ArgumentNullException(nameof(paper)), Context(indented).Paper);

    /// <summary>Writes what lenient parsing read: the paper (or null), every diagnostic, the rendering and where the scorecard stands.</summary>
    /// <param name="report">The report.</param>
    /// <param name="indented">True for one property per line (two-space indents), false for one line.</param>
    public static string Serialize(ParseReport report, bool indented = true) =>
        JsonSerializer.Serialize(report ?? throw new ArgumentNullException(nameof(report)), Context(indented).ParseReport);

    /// <summary>Writes a paper with its scores: one line of <c>gillrepro score --format jsonl</c>.</summary>
    /// <param name="paper">The scored paper.</param>
    /// <param name="indented">True for one property per line, false for one line.</param>
    public static string Serialize(ScoredPaper paper, bool indented = true) =>
        JsonSerializer.Serialize(paper ?? throw new ArgumentNullException(nameof(paper)), Context(indented).ScoredPaper);

    /// <summary>Writes papers with their scores as one array: what <c>gillrepro score --format json</c> prints.</summary>
    /// <param name="papers">The scored papers, in the order to write them.</param>
    /// <param name="indented">True for one property per line, false for one line.</param>
    public static string Serialize(IEnumerable<ScoredPaper> papers, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(papers);
        IReadOnlyList<ScoredPaper> list = [.. papers];
        return JsonSerializer.Serialize(list, Context(indented).IReadOnlyListScoredPaper);
    }

    /// <summary>Writes diagnostics with their files as one array: what <c>gillrepro validate --format json</c> prints.</summary>
    /// <param name="diagnostics">The diagnostics, in the order to write them.</param>
    /// <param name="indented">True for one property per line, false for one line.</param>
    public static string Serialize(IEnumerable<LocatedDiagnostic> diagnostics, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        IReadOnlyList<LocatedDiagnostic> list = [.. diagnostics];
        return JsonSerializer.Serialize(list, Context(indented).IReadOnlyListLocatedDiagnostic);
    }

    /// <summary>
    /// Writes diagnostics as a SARIF 2.1.0 log (what <c>gillrepro validate --format sarif</c> prints), so
    /// CI code scanning shows them on the files: one run of the tool <c>gillrepro</c>, a rule per code met
    /// (docs/diagnostics.md describes each), a result per diagnostic with its region. Severity maps to
    /// SARIF's level: error, warning, and information as note. A relative path is written as a relative URI
    /// with forward slashes (code scanning resolves it against the checkout), an absolute one as a file URI.
    /// </summary>
    /// <param name="diagnostics">The diagnostics.</param>
    /// <param name="toolVersion">The version of the tool that found them.</param>
    public static string SerializeSarif(IEnumerable<LocatedDiagnostic> diagnostics, string toolVersion)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        ArgumentNullException.ThrowIfNull(toolVersion);
        var list = diagnostics.ToList();
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "gillrepro");
            json.WriteString("version", toolVersion);
            json.WriteString("informationUri", "https://www.nuget.org/packages/GillRepro.Tool");
            json.WriteStartArray("rules");
            foreach (var code in list.Select(d => d.Code).Distinct().Order(StringComparer.Ordinal))
            {
                json.WriteStartObject();
                json.WriteString("id", code);
                json.WriteStartObject("shortDescription");
                json.WriteString("text", $"GillRepro diagnostic {code}");
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartArray("results");
            foreach (var d in list)
            {
                json.WriteStartObject();
                json.WriteString("ruleId", d.Code);
                json.WriteString("level", d.Severity switch { "error" => "error", "warning" => "warning", _ => "note" });
                json.WriteStartObject("message");
                json.WriteString("text", d.Remedy is null ? d.Message : $"{d.Message}; {d.Remedy}");
                json.WriteEndObject();
                json.WriteStartArray("locations");
                json.WriteStartObject();
                json.WriteStartObject("physicalLocation");
                json.WriteStartObject("artifactLocation");
                json.WriteString("uri", Uri(d.Path));
                json.WriteEndObject();
                json.WriteStartObject("region");
                json.WriteNumber("startLine", d.Line);
                json.WriteNumber("startColumn", d.Column);
                json.WriteNumber("endLine", d.End.Line);
                json.WriteNumber("endColumn", d.End.Column);
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());

        // A relative path as a relative URI reference; an absolute one as a file URI.
        static string Uri(string path) => System.IO.Path.IsPathFullyQualified(path)
            ? new System.Uri(path).AbsoluteUri
            : string.Join('/', path.Replace('\\', '/').Split('/').Select(System.Uri.EscapeDataString));
    }

    /// <summary>Writes a paper's facts: what its evidence says it ran on and shared.</summary>
    /// <param name="facts">The facts.</param>
    /// <param name="indented">True for one property per line, false for one line.</param>
    public static string Serialize(PaperFacts facts, bool indented = true) =>
        JsonSerializer.Serialize(facts ?? throw new ArgumentNullException(nameof(facts)), Context(indented).PaperFacts);

    /// <summary>Writes a paper's facts with its file, title, venue and year: one line of <c>gillrepro facts --format jsonl</c>.</summary>
    /// <param name="sheet">The facts of one paper.</param>
    /// <param name="indented">True for one property per line, false for one line.</param>
    public static string Serialize(FactSheet sheet, bool indented = true) =>
        JsonSerializer.Serialize(sheet ?? throw new ArgumentNullException(nameof(sheet)), Context(indented).FactSheet);

    /// <summary>Writes the facts of many papers as one array: what <c>gillrepro facts --format json</c> prints.</summary>
    /// <param name="sheets">The facts, in the order to write them.</param>
    /// <param name="indented">True for one property per line, false for one line.</param>
    public static string Serialize(IEnumerable<FactSheet> sheets, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        IReadOnlyList<FactSheet> list = [.. sheets];
        return JsonSerializer.Serialize(list, Context(indented).IReadOnlyListFactSheet);
    }

    /// <summary>Writes one finding of the audit with its paper: one line of <c>gillrepro audit --format jsonl</c>.</summary>
    /// <param name="flagged">The finding.</param>
    /// <param name="indented">True for one property per line, false for one line.</param>
    public static string Serialize(FlaggedLabel flagged, bool indented = true) =>
        JsonSerializer.Serialize(flagged ?? throw new ArgumentNullException(nameof(flagged)), Context(indented).FlaggedLabel);

    /// <summary>Writes findings as one array: what <c>gillrepro audit --format json</c> prints.</summary>
    /// <param name="flagged">The findings, in the order to write them.</param>
    /// <param name="indented">True for one property per line, false for one line.</param>
    public static string Serialize(IEnumerable<FlaggedLabel> flagged, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(flagged);
        IReadOnlyList<FlaggedLabel> list = [.. flagged];
        return JsonSerializer.Serialize(list, Context(indented).IReadOnlyListFlaggedLabel);
    }

    /// <summary>Writes a paper's Index scores with the per-variable breakdown.</summary>
    /// <param name="score">The score.</param>
    /// <param name="indented">True for one property per line, false for one line.</param>
    public static string Serialize(PaperScore score, bool indented = true) =>
        JsonSerializer.Serialize(score ?? throw new ArgumentNullException(nameof(score)), Context(indented).PaperScore);

    /// <summary>Writes a paper's score against a profile.</summary>
    /// <param name="score">The score.</param>
    /// <param name="indented">True for one property per line, false for one line.</param>
    public static string Serialize(ComplianceScore score, bool indented = true) =>
        JsonSerializer.Serialize(score ?? throw new ArgumentNullException(nameof(score)), Context(indented).ComplianceScore);

    /// <summary>Writes a group's figures.</summary>
    /// <param name="score">The figures.</param>
    /// <param name="indented">True for one property per line, false for one line.</param>
    public static string Serialize(GroupScore score, bool indented = true) =>
        JsonSerializer.Serialize(score ?? throw new ArgumentNullException(nameof(score)), Context(indented).GroupScore);

    /// <summary>Writes a group's compliance with a profile.</summary>
    /// <param name="compliance">The compliance.</param>
    /// <param name="indented">True for one property per line, false for one line.</param>
    public static string Serialize(GroupCompliance compliance, bool indented = true) =>
        JsonSerializer.Serialize(compliance ?? throw new ArgumentNullException(nameof(compliance)), Context(indented).GroupCompliance);

    /// <summary>Writes a corpus's figures per group: what <c>gillrepro summary --format json</c> prints.</summary>
    /// <param name="summary">The summary.</param>
    /// <param name="indented">True for one property per line, false for one line.</param>
    public static string Serialize(CorpusSummary summary, bool indented = true) =>
        JsonSerializer.Serialize(summary ?? throw new ArgumentNullException(nameof(summary)), Context(indented).CorpusSummary);

    /// <summary>Writes a labelling's comparison with a reference: what <c>gillrepro compare --format json</c> prints for two labellings.</summary>
    /// <param name="comparison">The comparison.</param>
    /// <param name="indented">True for one property per line, false for one line.</param>
    public static string Serialize(LabellingComparison comparison, bool indented = true) =>
        JsonSerializer.Serialize(comparison ?? throw new ArgumentNullException(nameof(comparison)), Context(indented).LabellingComparison);

    /// <summary>Writes the stability of several labellings: what <c>gillrepro compare --format json</c> prints for three or more.</summary>
    /// <param name="stability">The stability.</param>
    /// <param name="indented">True for one property per line, false for one line.</param>
    public static string Serialize(Stability stability, bool indented = true) =>
        JsonSerializer.Serialize(stability ?? throw new ArgumentNullException(nameof(stability)), Context(indented).Stability);

    /// <summary>Reads a paper written by <see cref="Serialize(Paper, bool)"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <exception cref="JsonException">The text is not JSON of a paper; the message says where and why.</exception>
    public static Paper DeserializePaper(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return JsonSerializer.Deserialize(json, Indented.Paper)
                ?? throw new JsonException("Expected a JSON object for a paper, found null.");
        }
        catch (ArgumentException e)
        {
            throw new JsonException($"The JSON is not a valid paper: {e.Message}", e);
        }
    }

    // Text stays readable: non-ASCII letters (β, θ, accents, CJK) are written as they are, not as \u escapes.
    private static readonly GillReproJsonContext Indented = new(new JsonSerializerOptions(GillReproJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    private static readonly GillReproJsonContext Compact = new(new JsonSerializerOptions(Indented.Options) { WriteIndented = false });

    private static GillReproJsonContext Context(bool indented) => indented ? Indented : Compact;
}
