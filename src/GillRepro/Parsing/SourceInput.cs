using Sprache;

namespace GillRepro.Parsing;

/// <summary>
/// Sprache's <see cref="IInput"/> over a source string that line-granular parsers can move through a
/// whole line at a time. Sprache's own <c>Input</c> can only advance one character per allocation.
/// </summary>
internal sealed class SourceInput : IInput
{
    public SourceInput(string source, int position = 0, int line = 1, int column = 1)
    {
        Source = source;
        Position = position;
        Line = line;
        Column = column;
    }

    public string Source { get; }

    public int Position { get; }

    public int Line { get; }

    public int Column { get; }

    public bool AtEnd => Position >= Source.Length;

    public char Current => Source[Position];

    /// <summary>Sprache's memo table, for <c>Memoize</c>, which the grammar does not use: a new, empty one each time, so an input is five fields.</summary>
    public IDictionary<object, object> Memos => new Dictionary<object, object>();

    public IInput Advance()
    {
        if (AtEnd) throw new InvalidOperationException("The input is already at its end.");
        return Current == '\n'
            ? new SourceInput(Source, Position + 1, Line + 1, 1)
            : new SourceInput(Source, Position + 1, Line, Column + 1);
    }

    /// <summary>The input just after <paramref name="line"/>: the next line's start, or the end of the text.</summary>
    public static SourceInput After(in SourceLine line) => line.HasLineEnd
        ? new SourceInput(line.Source, line.Next, line.Number + 1, 1)
        : new SourceInput(line.Source, line.Next, line.Number, line.ColumnOf(line.Next));

    /// <summary>The input at <paramref name="offset"/> on <paramref name="line"/>, where a failure points.</summary>
    public static SourceInput At(in SourceLine line, int offset) => new(line.Source, offset, line.Number, line.ColumnOf(offset));

    public bool Equals(IInput? other) =>
        other is not null && ReferenceEquals(Source, other.Source) && Position == other.Position;

    public override bool Equals(object? obj) => obj is IInput other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Source.Length, Position);

    public override string ToString() => $"Line {Line}, Column {Column}";
}
