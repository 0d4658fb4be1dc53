namespace GillRepro.Parsing;

/// <summary>What a row scanner found on a line.</summary>
internal enum RowShape
{
    /// <summary>A whole row: name, result and evidence.</summary>
    Whole,

    /// <summary>Not a row at all (no leading pipe; in plain text, no known variable name).</summary>
    NotARow,

    /// <summary>The line ends inside the variable name.</summary>
    EndsInName,

    /// <summary>The line ends inside the result (or right after it, in plain text).</summary>
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
/// The cells of one table row, as offsets into the source, and what was wrong with it. Both renderings
/// scan into this one shape; the strict grammar turns a problem into a failure, the lenient one into a
/// diagnostic and whatever part of the row can be kept.
/// </summary>
internal readonly record struct RowScan(
    RowShape Shape,
    int NameStart,
    int NameEnd,
    int ResultStart,
    int ResultEnd,
    int EvidenceStart,
    int EvidenceEnd,
    int ProblemOffset)
{
    public static RowScan NotARow(in SourceLine line) => new(RowShape.NotARow, line.Start, line.Start, 0, 0, 0, 0, line.Start);

    public bool HasName => Shape is not (RowShape.NotARow or RowShape.EmptyName or RowShape.EndsInName);

    public bool HasResult => HasName && Shape is not (RowShape.EndsInResult or RowShape.EmptyResult);

    public ReadOnlySpan<char> Name(string source) => source.AsSpan(NameStart, NameEnd - NameStart);

    public ReadOnlySpan<char> Result(string source) => source.AsSpan(ResultStart, ResultEnd - ResultStart);

    /// <summary>The row, its evidence left in the source; the evidence is empty where the row has none.</summary>
    public SourceRow ToRow(in SourceLine line, bool cutOff = false) => new(
        Vocabulary.Intern(Name(line.Source)),
        Vocabulary.ResultOf(Result(line.Source)),
        EvidenceStart,
        new SourceSpan(EvidenceStart, EvidenceEnd - EvidenceStart, line.Number, line.ColumnOf(EvidenceStart)),
        cutOff);
}
