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
    AllowTrailingCommas = false,
    Converters = [typeof(EquatableArrayConverter<string>), typeof(EquatableArrayConverter<Variable>)])]
[JsonSerializable(typeof(Paper))]
[JsonSerializable(typeof(ParseReport))]
[JsonSerializable(typeof(ScoredPaper))]
[JsonSerializable(typeof(IReadOnlyList<ScoredPaper>))]
[JsonSerializable(typeof(PaperScore))]
[JsonSerializable(typeof(ComplianceScore))]
[JsonSerializable(typeof(GroupScore))]
[JsonSerializable(typeof(GroupCompliance))]
[JsonSerializable(typeof(CorpusSummary))]
[JsonSerializable(typeof(LabellingComparison))]
[JsonSerializable(typeof(Stability))]
[JsonSerializable(typeof(FactSheet))]
[JsonSerializable(typeof(LocatedDiagnostic))]
[JsonSerializable(typeof(IReadOnlyList<LocatedDiagnostic>))]
[JsonSerializable(typeof(PaperFacts))]
[JsonSerializable(typeof(FlaggedLabel))]
[JsonSerializable(typeof(IReadOnlyList<FlaggedLabel>))]
[JsonSerializable(typeof(IReadOnlyList<FactSheet>))]
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(Variable[]))]
internal sealed partial class GillReproJsonContext : JsonSerializerContext;
