using System.Text.Json.Serialization;

namespace GillRepro;

/// <summary>
/// The text the classifier quoted for a variable, exactly as the scorecard holds it (pipes, Unicode and
/// all), and where it stands in the source.
/// </summary>
/// <param name="Text">The evidence, every character kept; empty when the cell is empty.</param>
/// <param name="Span">Where the text stands in the parsed source; <see cref="SourceSpan.None"/> for a record built in code.</param>
/// <param name="IsCutOff">True when the source ended inside this evidence (lenient parsing of a cut-off page): the text is what was there.</param>
public sealed record Evidence(string Text, SourceSpan Span = default, bool IsCutOff = false)
{
    /// <summary>The text of the evidence, without its span.</summary>
    [JsonPropertyOrder(-1)]
    public string Text { get; init => field = value ?? throw new ArgumentNullException(nameof(Text)); } = Text ?? throw new ArgumentNullException(nameof(Text));

    /// <inheritdoc />
    public override string ToString() => Text;
}
