using System.Text.Json.Serialization;

namespace GillRepro;

/// <summary>One row of a scorecard's table: a reproducibility variable, its result and its evidence.</summary>
/// <param name="Name">The variable's name as written, such as <c>Open Source Code</c>.</param>
/// <param name="Result">The classifier's result for the variable.</param>
/// <param name="Evidence">The text the classifier quoted.</param>
public sealed record Variable(string Name, Result Result, Evidence Evidence)
{
    /// <summary>The variable's name as written, such as <c>Open Source Code</c>.</summary>
    public string Name { get; init => field = value ?? throw new ArgumentNullException(nameof(Name)); } = Name ?? throw new ArgumentNullException(nameof(Name));

    /// <summary>The classifier's result for the variable.</summary>
    public Result Result { get; init => field = value ?? throw new ArgumentNullException(nameof(Result)); } = Result ?? throw new ArgumentNullException(nameof(Result));

    /// <summary>The text the classifier quoted.</summary>
    public Evidence Evidence { get; init => field = value ?? throw new ArgumentNullException(nameof(Evidence)); } = Evidence ?? throw new ArgumentNullException(nameof(Evidence));

    /// <summary>Which of the nine known variables this is (names match in any letter case), or <see cref="VariableKind.Unknown"/>.</summary>
    [JsonPropertyOrder(-1)]
    public VariableKind Kind => Vocabulary.KindOf(Name);

    /// <inheritdoc />
    public override string ToString() => $"{Name}: {Result.Text}";
}
