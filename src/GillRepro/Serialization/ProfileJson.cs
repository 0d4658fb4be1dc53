using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using static GillRepro.Diagnostics.DiagnosticCodes;

namespace GillRepro.Serialization;

/// <summary>
/// The profile file (<c>docs/schemas/profile.schema.json</c>): read through System.Text.Json's source
/// generator into <see cref="ProfileDocument"/>, checked against <see cref="ProfileRules"/> with every
/// problem placed at its line and column, and written back the same way.
/// </summary>
internal static class ProfileJson
{
    public static bool TryRead(string json, [NotNullWhen(true)] out ScoringProfile? profile, [NotNullWhen(false)] out Diagnostic? error)
    {
        profile = null;
        var utf8 = Encoding.UTF8.GetBytes(json.StartsWith('\uFEFF') ? json[1..] : json);
        var places = new JsonPlaces(utf8);

        ProfileDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(utf8, ProfileJsonContext.Default.ProfileDocument);
        }
        catch (JsonException e)
        {
            // JSON that does not read is placed where the reader stopped; JSON that reads but does not fit
            // a profile, at the value (or, for an unknown field, the name) its path leads to.
            error = places.SyntaxError() is { } syntax
                ? Problem(ProfileSyntax, "not valid JSON: " + Explain(e).Split(". ")[0], syntax)
                : Problem(ProfileSyntax, Explain(e), places.Find(e.Path ?? "$", name: e.Message.Contains("could not be mapped", StringComparison.Ordinal)));
            return false;
        }
        if (document is null)
        {
            error = Problem(ProfileSyntax, "expected a profile, a JSON object, found `null`", places.Find("$"));
            return false;
        }

        error = Check(document, places, out var criteria);
        if (error is not null) return false;
        profile = new ScoringProfile(document.Name!, [.. criteria], document.Description, document.Pass?.Share ?? 1, document.Source, [.. document.NotObserved ?? []]);
        return true;
    }

    /// <summary>The first problem of a well-formed document, in the order of the file; the criteria when there is none.</summary>
    private static Diagnostic? Check(ProfileDocument document, JsonPlaces places, out List<ScoringCriterion> criteria)
    {
        criteria = [];
        if (string.IsNullOrWhiteSpace(document.Name))
            return Problem(ProfileSyntax, "expected a `name`, the profile's name for reports, found " + (document.Name is null ? "none" : "an empty one"), places.Find(document.Name is null ? "$" : "$.name"));
        if (document.Criteria is not { Count: > 0 })
            return Problem(ProfileNoCriteria, ProfileRules.NoCriteria + (document.Criteria is null ? ": `criteria` is missing" : ": `criteria` is empty"), places.Find(document.Criteria is null ? "$" : "$.criteria"));

        var seen = new HashSet<VariableKind>();
        for (var i = 0; i < document.Criteria.Count; i++)
        {
            var item = document.Criteria[i];
            var path = $"$.criteria[{i}]";
            if (item is null) return Problem(ProfileSyntax, "expected a criterion, a JSON object, found `null`", places.Find(path));
            if (string.IsNullOrWhiteSpace(item.Variable)) return Problem(ProfileSyntax, "expected a criterion's `variable`, found " + (item.Variable is null ? "none" : "an empty one"), places.Find(item.Variable is null ? path : path + ".variable"));
            if (ProfileRules.Variable(item.Variable, out var unknown) is not { } variable) return Problem(ProfileUnknownVariable, unknown!, places.Find(path + ".variable"));
            if (!seen.Add(variable.Kind)) return Problem(ProfileDuplicateVariable, ProfileRules.Duplicate(variable.Name), places.Find(path + ".variable"));
            if (ProfileRules.Weight(item.Weight ?? 1) is { } weight) return Problem(ProfileWeight, weight, places.Find(path + ".weight"));
            if (item.Accept is { Count: 0 }) return Problem(ProfileUnknownResult, "`accept` is empty: no result would meet the criterion; leave it out to accept `Yes`", places.Find(path + ".accept"));
            for (var j = 0; j < (item.Accept?.Count ?? 0); j++)
            {
                if (ProfileRules.Result(variable, item.Accept![j] ?? "null", out var never) is null)
                    return Problem(ProfileUnknownResult, never!, places.Find($"{path}.accept[{j}]"));
            }
            criteria.Add(new ScoringCriterion(variable.Name, item.Weight ?? 1, item.Accept?.Select(a => a!).ToList(), item.Item));
        }
        if (document.Pass?.Share is { } share && ProfileRules.PassShare(share) is { } badShare)
            return Problem(ProfilePassShare, badShare, places.Find("$.pass.share"));
        return null;
    }

    public static string Write(ScoringProfile profile) => JsonSerializer.Serialize(new ProfileDocument
    {
        Name = profile.Name,
        Description = profile.Description,
        Source = profile.Source,
        Criteria = [.. profile.Criteria.Select(c => new CriterionDocument { Variable = c.Variable, Weight = c.Weight, Accept = [.. c.MetBy], Item = c.Item })],
        Pass = new PassDocument { Share = profile.PassShare },
        NotObserved = profile.NotObserved.Count == 0 ? null : [.. profile.NotObserved],
    }, ProfileJsonContext.Default.ProfileDocument) + "\n";

    private static Diagnostic Problem(string code, string message, SourceSpan at) => new(code, DiagnosticSeverity.Error, message, at);

    /// <summary>System.Text.Json's message in the file's terms: no .NET type names, no position (the span has it).</summary>
    private static string Explain(JsonException e)
    {
        var message = e.Message;
        var tail = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (tail >= 0) message = message[..tail];
        if (message.Contains("could not be mapped", StringComparison.Ordinal))
            return $"`{e.Path?.Split('.', '[').Last().TrimEnd(']').Trim('\'')}` is not a field of a profile (see docs/schemas/profile.schema.json)";
        if (message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal))
            return $"expected {Expected(e.Path)} at `{e.Path}`";
        return message.TrimEnd('.');
    }

    private static string Expected(string? path) => path switch
    {
        null => "a profile",
        _ when path.EndsWith(".weight", StringComparison.Ordinal) || path.EndsWith(".share", StringComparison.Ordinal) => "a number",
        _ when path.EndsWith(".criteria", StringComparison.Ordinal) => "a list of criteria",
        _ when path.EndsWith(".accept", StringComparison.Ordinal) || path.EndsWith(".notObserved", StringComparison.Ordinal) => "a list of strings",
        _ when path.EndsWith(".pass", StringComparison.Ordinal) => "an object such as {\"share\": 1.0}",
        _ when path.EndsWith(']') && path.Contains(".criteria[", StringComparison.Ordinal) && !path.Contains("].", StringComparison.Ordinal) => "a criterion, a JSON object",
        _ when path == "$" => "a profile, a JSON object",
        _ => "a string",
    };
}

/// <summary>A profile file as JSON holds it. Every field is optional here; <see cref="ProfileJson"/> says what is missing.</summary>
internal sealed class ProfileDocument
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    public string? Source { get; set; }

    public List<CriterionDocument?>? Criteria { get; set; }

    public PassDocument? Pass { get; set; }

    public List<string>? NotObserved { get; set; }
}

/// <summary>One criterion as a profile file holds it.</summary>
internal sealed class CriterionDocument
{
    public string? Variable { get; set; }

    public double? Weight { get; set; }

    public List<string?>? Accept { get; set; }

    public string? Item { get; set; }
}

/// <summary>A profile file's pass rule.</summary>
internal sealed class PassDocument
{
    public double? Share { get; set; }
}

/// <summary>
/// Source-generated metadata for profile files: camelCase fields, unknown fields refused, comments and
/// trailing commas allowed in what people write by hand, indented output with absent fields left out.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    IndentSize = 2,
    NewLine = "\n")]
[JsonSerializable(typeof(ProfileDocument))]
internal sealed partial class ProfileJsonContext : JsonSerializerContext;

/// <summary>Where a value of a JSON text is: its line and column, found by its path (<c>$.criteria[1].weight</c>).</summary>
internal sealed class JsonPlaces(byte[] utf8)
{
    /// <summary>Where the text stops being JSON, as System.Text.Json's reader finds it; null when it reads to its end.</summary>
    public SourceSpan? SyntaxError()
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            while (reader.Read())
            {
            }
            return null;
        }
        catch (JsonException e)
        {
            return AtLine((int)(e.LineNumber ?? 0), (int)(e.BytePositionInLine ?? 0));
        }
    }

    /// <summary>The span of the value at <paramref name="path"/> (of its field's name when <paramref name="name"/>), or of the text's start when there is none.</summary>
    public SourceSpan Find(string path, bool name = false)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var segments = new List<string>();
        var frames = new List<(bool Array, int Next)>();
        string? property = null;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        property = reader.GetString();
                        if (name && "$" + string.Concat(segments) + "." + property == path) return Span(reader.TokenStartIndex, reader.BytesConsumed);
                        continue;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        if (segments.Count > 0) segments.RemoveAt(segments.Count - 1);
                        continue;
                }

                var segment = frames.Count == 0 ? "" : frames[^1].Array ? $"[{frames[^1].Next}]" : "." + property;
                if (frames.Count > 0 && frames[^1].Array) frames[^1] = (true, frames[^1].Next + 1);
                if ("$" + string.Concat(segments) + segment == path)
                {
                    var end = reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray ? reader.TokenStartIndex + 1 : reader.BytesConsumed;
                    return Span(reader.TokenStartIndex, end);
                }
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    if (frames.Count > 0) segments.Add(segment);
                    frames.Add((reader.TokenType == JsonTokenType.StartArray, 0));
                }
            }
        }
        catch (JsonException)
        {
            // A text that does not read to its end: what is before the problem is placed all the same.
        }
        return Span(0, 0);
    }

    /// <summary>The place System.Text.Json reports: a 0-based line and a 0-based byte on it.</summary>
    public SourceSpan AtLine(int line, int byteInLine)
    {
        long start = 0;
        for (var l = 0; l < line && start < utf8.Length; l++)
        {
            var next = Array.IndexOf(utf8, (byte)'\n', (int)start);
            start = next < 0 ? utf8.Length : next + 1;
        }
        var at = Math.Min(utf8.Length, start + byteInLine);
        return Span(at, at);
    }

    private SourceSpan Span(long start, long end)
    {
        var lineStart = start == 0 ? 0 : Array.LastIndexOf(utf8, (byte)'\n', (int)start - 1) + 1;
        var line = 1;
        for (var i = 0; i < lineStart; i++)
        {
            if (utf8[i] == '\n') line++;
        }
        var offset = Encoding.UTF8.GetCharCount(utf8, 0, (int)start);
        var column = Encoding.UTF8.GetCharCount(utf8, lineStart, (int)start - lineStart) + 1;
        var length = Encoding.UTF8.GetCharCount(utf8, (int)start, (int)(end - start));
        return new SourceSpan(offset, length, line, column);
    }
}
