using System.Text.Json.Serialization;

namespace GillRepro.Model;

/// <summary>
/// A result cell: the text as written and what it means. Unexpected text (<c>N/A</c>, <c>-1</c>, <c>2</c>)
/// is kept with the meaning <see cref="ResultValue.Unrecognized"/>, never rejected.
/// </summary>
/// <param name="Text">The result as written, without the cell's padding.</param>
public sealed record Result(string Text)
{
    /// <summary>The result as written, without the cell's padding.</summary>
    public string Text { get; init => field = value ?? throw new ArgumentNullException(nameof(Text)); } = Text ?? throw new ArgumentNullException(nameof(Text));

    /// <summary>What the text means; the Index's words are recognised in any letter case.</summary>
    public ResultValue Value => VariableCatalog.ValueOf(Text);

    /// <summary>True when the result is <c>Yes</c>.</summary>
    [JsonIgnore]
    public bool IsYes => Value == ResultValue.Yes;

    /// <inheritdoc />
    public override string ToString() => Text;
}
