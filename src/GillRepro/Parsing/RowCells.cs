namespace GillRepro.Parsing;

/// <summary>What a rendering's row scan found on a line.</summary>
internal enum RowShape
{
    /// <summary>A whole row: name, result and evidence.</summary>
    Whole,

    /// <summary>Not a row at all.</summary>
    NotARow,

    /// <summary>The line ends inside the variable name.</summary>
    EndsInName,

    /// <summary>The line ends right after the variable name: no result at all.</summary>
    NoResult,

    /// <summary>The line ends inside the result cell.</summary>
    EndsInResult,

    /// <summary>The line ends inside the evidence: no closing pipe.</summary>
    EndsInEvidence,

    /// <summary>The row closes after its result: two cells, no evidence.</summary>
    TwoCells,

    /// <summary>The variable name cell is empty.</summary>
    EmptyName,

    /// <summary>The result cell is empty.</summary>
    EmptyResult,
}

/// <summary>
/// The cells of one table row as offsets into the source, and its shape. Every rendering scans into this
/// one shape, which <see cref="Rendering"/> turns into a row, a diagnostic, or both.
/// </summary>
internal readonly record struct RowCells(
    RowShape Shape,
    int NameStart,
    int NameEnd,
    int ResultStart,
    int ResultEnd,
    int EvidenceStart,
    int EvidenceEnd,
    int ProblemOffset)
{
    public static RowCells NotARow(SourceLine line) => new(RowShape.NotARow, line.Start, line.Start, 0, 0, 0, 0, line.Start);

    public bool HasResult => Shape is not (RowShape.NotARow or RowShape.EmptyName or RowShape.EndsInName or RowShape.NoResult or RowShape.EndsInResult);

    public ReadOnlySpan<char> Name(string source) => source.AsSpan(NameStart, NameEnd - NameStart);

    public ReadOnlySpan<char> Result(string source) => source.AsSpan(ResultStart, ResultEnd - ResultStart);
}
