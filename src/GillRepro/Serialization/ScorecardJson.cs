using System.Text.Encodings.Web;
using System.Text.Json;
using GillRepro.Serialization;

namespace GillRepro;

/// <summary>
/// JSON for papers and scores through System.Text.Json's source-generated metadata: camelCase names,
/// enums as strings, properties in a fixed order, LF line ends, non-ASCII text unescaped. <c>DeserializePaper(Serialize(p)) == p</c>.
/// </summary>
public static class ScorecardJson
{
    /// <summary>Writes a paper, with every variable's evidence and source span.</summary>
    /// <param name="paper">The paper.</param>
    /// <param name="indented">True for one property per line (two-space indents), false for one line.</param>
    public static string Serialize(Paper paper, bool indented = true) =>
        JsonSerializer.Serialize(paper ?? throw new ArgumentNullException(nameof(paper)), Context(indented).Paper);

    /// <summary>Writes a paper's Index scores with the per-variable breakdown.</summary>
    /// <param name="score">The score.</param>
    /// <param name="indented">True for one property per line, false for one line.</param>
    public static string Serialize(PaperScore score, bool indented = true) =>
        JsonSerializer.Serialize(score, Context(indented).PaperScore);

    /// <summary>Writes a paper's score against a profile.</summary>
    /// <param name="score">The score.</param>
    /// <param name="indented">True for one property per line, false for one line.</param>
    public static string Serialize(ComplianceScore score, bool indented = true) =>
        JsonSerializer.Serialize(score, Context(indented).ComplianceScore);

    /// <summary>Writes a group's figures.</summary>
    /// <param name="score">The figures.</param>
    /// <param name="indented">True for one property per line, false for one line.</param>
    public static string Serialize(GroupScore score, bool indented = true) =>
        JsonSerializer.Serialize(score, Context(indented).GroupScore);

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
