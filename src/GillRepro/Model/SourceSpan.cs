using System.Text.Json.Serialization;

namespace GillRepro.Model;

/// <summary>
/// Where a piece of text stands in the parsed source. <see cref="Offset"/> and <see cref="Length"/> count
/// UTF-16 code units of the string given to the parser (a byte order mark counts as one);
/// <see cref="Line"/> and <see cref="Column"/> are 1-based, and columns count UTF-16 code units too.
/// </summary>
/// <param name="Offset">The zero-based index of the first character.</param>
/// <param name="Length">The number of characters.</param>
/// <param name="Line">The 1-based line of the first character.</param>
/// <param name="Column">The 1-based column of the first character.</param>
public readonly record struct SourceSpan(int Offset, int Length, int Line, int Column)
{
    /// <summary>The span of text that was not read from a source (a record built in code).</summary>
    [JsonIgnore]
    public static SourceSpan None => default;

    /// <summary>True when the span points into a source (its line is 1 or more).</summary>
    [JsonIgnore]
    public bool IsKnown => Line > 0;

    /// <summary>The span moved by <paramref name="offset"/> characters (a document read out of a stream).</summary>
    internal SourceSpan Moved(int offset) => this with { Offset = Offset + offset };

    /// <inheritdoc />
    public override string ToString() => IsKnown ? $"{Line}:{Column} (offset {Offset}, length {Length})" : "(no source)";
}
