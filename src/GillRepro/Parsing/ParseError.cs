namespace GillRepro;

/// <summary>Why a scorecard could not be read: where, what was expected there and what was found.</summary>
/// <param name="Line">The 1-based line of the problem.</param>
/// <param name="Column">The 1-based column of the problem, in UTF-16 code units.</param>
/// <param name="Offset">The zero-based offset of the problem in the parsed text.</param>
/// <param name="Expected">What the grammar expected there, such as <c>`|` closing the row</c>.</param>
/// <param name="Found">What was there instead, such as <c>the end of the input</c> or a quotation.</param>
public sealed record ParseError(int Line, int Column, int Offset, string Expected, string Found)
{
    /// <summary>One line a person can act on: <c>line 7, column 19: expected …, found ….</c></summary>
    public string Message => $"line {Line}, column {Column}: expected {Expected}, found {Found}.";

    /// <inheritdoc />
    public override string ToString() => Message;
}
