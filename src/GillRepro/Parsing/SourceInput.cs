using Sprache;

namespace GillRepro.Parsing;

/// <summary>
/// Sprache's <see cref="IInput"/> over a source string that line-granular parsers move through a whole
/// line at a time. Sprache's own <c>Input</c> can only advance one character per allocation. The grammar
/// uses neither <see cref="Advance"/> nor <c>Memos</c>: its leaves move by lines
/// (<see cref="After"/>), and it memoizes nothing.
/// </summary>
internal sealed class SourceInput : IInput
{
    public SourceInput(string source, int position = 0, int line = 1, int column = 1, bool joinable = true)
    {
        Source = source;
        Position = position;
        Line = line;
        Column = column;
        Joinable = joinable;
    }

    /// <summary>
    /// False when the text holds no Index notice after its first character, so no line of it can be
    /// joined to a page by <c>cat</c>: its lines skip the search (<see cref="SourceLine.JoinedAt(string, int, int)"/>).
    /// One search of the whole text answers it (<see cref="MayJoin"/>).
    /// </summary>
    public bool Joinable { get; }

    /// <summary>True when <paramref name="text"/> holds the Index's notice after <paramref name="start"/>: a page may be joined to one of its lines.</summary>
    public static bool MayJoin(string text, int start) =>
        start + 1 < text.Length && text.AsSpan(start + 1).IndexOf(VariableCatalog.NoticeOpening, StringComparison.Ordinal) >= 0;

    public string Source { get; }

    public int Position { get; }

    public int Line { get; }

    public int Column { get; }

    public bool AtEnd => Position >= Source.Length;

    public char Current => Source[Position];

    IDictionary<object, object> IInput.Memos => throw new NotSupportedException("The scorecard grammar memoizes nothing.");

    public IInput Advance() => throw new NotSupportedException("The scorecard grammar reads whole lines (SourceInput.After).");

    /// <summary>The input just after <paramref name="line"/>: the next line's start, or the end of the text.</summary>
    public static SourceInput After(in SourceLine line) => line.HasLineEnd
        ? new SourceInput(line.Source, line.Next, line.Number + 1, 1, line.Joinable)
        : new SourceInput(line.Source, line.Next, line.Number, line.ColumnOf(line.Next), line.Joinable);

    public bool Equals(IInput? other) =>
        other is not null && ReferenceEquals(Source, other.Source) && Position == other.Position;

    public override bool Equals(object? obj) => obj is IInput other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Source.Length, Position);

    public override string ToString() => $"Line {Line}, Column {Column}";
}
