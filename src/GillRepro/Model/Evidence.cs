using System.Text.Json.Serialization;

namespace GillRepro.Model;

/// <summary>
/// The text the classifier quoted for a variable, exactly as the scorecard holds it (pipes, Unicode and
/// all), and where it stands in the source. Two evidences are equal when their text and cut-off mark are:
/// where a text stood is kept, not compared, so a page read again after a blank line, from a stream, or
/// written and read back gives an equal paper.
/// </summary>
/// <param name="Text">The evidence, every character kept; empty when the cell is empty.</param>
/// <param name="Span">Where the text stands in the parsed source; <see cref="SourceSpan.None"/> for a record built in code.</param>
/// <param name="IsCutOff">True when the source ended inside this evidence (lenient parsing of a cut-off page): the text is what was there.</param>
public sealed record Evidence(string Text, SourceSpan Span = default, bool IsCutOff = false)
{
    /// <summary>The text of the evidence, without its span.</summary>
    [JsonPropertyOrder(-1)]
    public string Text { get; init => field = value ?? throw new ArgumentNullException(nameof(Text)); } = Text ?? throw new ArgumentNullException(nameof(Text));

    /// <summary>No evidence: an empty cell.</summary>
    internal static Evidence Empty { get; } = new("");

    /// <summary>True when <paramref name="other"/> has the same text and cut-off mark; <see cref="Span"/> is not compared.</summary>
    /// <param name="other">Another evidence.</param>
    public bool Equals(Evidence? other) => other is not null && Text == other.Text && IsCutOff == other.IsCutOff;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Text, IsCutOff);

    /// <inheritdoc />
    public override string ToString() => Text;
}
