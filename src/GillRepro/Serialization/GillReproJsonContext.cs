using System.Text.Json.Serialization;

namespace GillRepro.Serialization;

/// <summary>
/// The source-generated System.Text.Json metadata for every record GillRepro writes or reads: no
/// reflection at run time, so JSON works under trimming and native AOT.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    WriteIndented = true,
    IndentSize = 2,
    NewLine = "\n",
    RespectNullableAnnotations = true,
    AllowTrailingCommas = false)]
[JsonSerializable(typeof(Paper))]
[JsonSerializable(typeof(PaperScore))]
[JsonSerializable(typeof(ComplianceScore))]
[JsonSerializable(typeof(GroupScore))]
internal sealed partial class GillReproJsonContext : JsonSerializerContext;
