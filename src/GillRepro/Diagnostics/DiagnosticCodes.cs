namespace GillRepro;

/// <summary>The stable codes of <see cref="Diagnostic"/>s; <c>docs/diagnostics.md</c> explains each.</summary>
internal static class DiagnosticCodes
{
    // The input as a whole.
    public const string InputTooLarge = "GR001";
    public const string EmptyInput = "GR002";
    public const string ControlCharacter = "GR003";
    public const string LoneSurrogate = "GR004";

    // The lines above the table.
    public const string MissingTitle = "GR010";
    public const string MissingAuthors = "GR011";
    public const string BadVenueLine = "GR012";
    public const string BadYear = "GR013";
    public const string EmptyLinkLabel = "GR014";

    // The table's frame.
    public const string MissingHeader = "GR020";
    public const string MissingSeparator = "GR021";
    public const string NoRows = "GR022";

    // Rows.
    public const string CutInEvidence = "GR030";
    public const string NoClosingPipe = "GR031";
    public const string CutInNameOrResult = "GR032";
    public const string MissingEvidenceCell = "GR033";
    public const string MissingResultCell = "GR034";
    public const string EmptyName = "GR035";
    public const string EmptyResult = "GR036";
    public const string UnexpectedLine = "GR037";
    public const string BlankLineInTable = "GR038";

    // The variables, taken together.
    public const string MissingVariable = "GR040";
    public const string DuplicateVariable = "GR041";
    public const string UnknownVariable = "GR042";
    public const string UnrecognisedResult = "GR043";
    public const string UnexpectedResult = "GR044";
}
