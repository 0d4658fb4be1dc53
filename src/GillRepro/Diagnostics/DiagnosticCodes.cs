namespace GillRepro.Diagnostics;

/// <summary>The stable codes of <see cref="Diagnostic"/>s; <c>docs/diagnostics.md</c> explains each with an example.</summary>
public static class DiagnosticCodes
{
    /// <summary>The input is longer than <see cref="ScorecardParseOptions.MaxInputLength"/>; it is not read.</summary>
    public const string InputTooLarge = "GR001";

    /// <summary>The input is empty or blank.</summary>
    public const string EmptyInput = "GR002";

    /// <summary>A control character other than tab and line ends; kept as it is.</summary>
    public const string ControlCharacter = "GR003";

    /// <summary>A UTF-16 surrogate without its pair; kept as it is.</summary>
    public const string LoneSurrogate = "GR004";

    /// <summary>Bytes that are not text in the encoding read (UTF-8 unless a byte order mark names UTF-16).</summary>
    public const string NotText = "GR005";

    /// <summary>Text before the scorecard's first line (its notice or title), such as a site's navigation; passed over.</summary>
    public const string TextBeforeScorecard = "GR006";

    /// <summary>A second scorecard where a reader of one expects the end of the text; <see cref="Scorecard.ParseMany(string, ScorecardParseOptions)"/> reads every one.</summary>
    public const string MoreThanOneScorecard = "GR007";

    /// <summary>A file that could not be read at all (permission denied, an I/O error): <see cref="LocatedDiagnostic"/> reports it at its first line.</summary>
    public const string Unreadable = "GR008";

    /// <summary>No title before the <c>Authors:</c> line.</summary>
    public const string MissingTitle = "GR010";

    /// <summary>No <c>Authors:</c> line.</summary>
    public const string MissingAuthors = "GR011";

    /// <summary>No venue line <c>&lt;venue&gt; &lt;year&gt;</c>.</summary>
    public const string BadVenueLine = "GR012";

    /// <summary>The venue line's year is not four digits.</summary>
    public const string BadYear = "GR013";

    /// <summary>An empty link label after a <c>|</c> of the venue line.</summary>
    public const string EmptyLinkLabel = "GR014";

    /// <summary>No table header.</summary>
    public const string MissingHeader = "GR020";

    /// <summary>No separator row under the markdown table's header.</summary>
    public const string MissingSeparator = "GR021";

    /// <summary>A table without rows.</summary>
    public const string NoRows = "GR022";

    /// <summary>The text ends inside a row's evidence.</summary>
    public const string CutInEvidence = "GR030";

    /// <summary>A row without its closing <c>|</c>.</summary>
    public const string NoClosingPipe = "GR031";

    /// <summary>The text ends inside a row's variable name or result.</summary>
    public const string CutInNameOrResult = "GR032";

    /// <summary>A row without its third cell, the evidence.</summary>
    public const string MissingEvidenceCell = "GR033";

    /// <summary>A row without its result.</summary>
    public const string MissingResultCell = "GR034";

    /// <summary>A row whose variable name is empty.</summary>
    public const string EmptyName = "GR035";

    /// <summary>A row whose result is empty.</summary>
    public const string EmptyResult = "GR036";

    /// <summary>A line in the table that is no row.</summary>
    public const string UnexpectedLine = "GR037";

    /// <summary>A blank line inside the table.</summary>
    public const string BlankLineInTable = "GR038";

    /// <summary>Text after the table's last row, such as a browser's footer; passed over.</summary>
    public const string TextAfterTable = "GR039";

    /// <summary>One of the nine variables has no row.</summary>
    public const string MissingVariable = "GR040";

    /// <summary>A variable with a second row; only the first counts.</summary>
    public const string DuplicateVariable = "GR041";

    /// <summary>A row whose variable is not one of the nine.</summary>
    public const string UnknownVariable = "GR042";

    /// <summary>A result that is none of the Index's words, such as <c>N/A</c>.</summary>
    public const string UnrecognizedResult = "GR043";

    /// <summary>One of the Index's words that the variable does not take, such as <c>Academia</c> for <see cref="VariableKind.Pseudocode"/>.</summary>
    public const string UnexpectedResult = "GR044";

    /// <summary>A copy of a paper met before (<see cref="DistinctPapers"/>), with the same results: counted once.</summary>
    public const string PaperAgain = "GR060";

    /// <summary>A copy of a paper met before whose results differ from the other copy's: counted once, as the complete copy with the fewest errors.</summary>
    public const string CopiesDiffer = "GR061";

    /// <summary>A scoring profile file is not a profile: JSON syntax, a value of the wrong type, a field missing or unknown, an empty name.</summary>
    public const string ProfileSyntax = "GR050";

    /// <summary>A profile's criterion names a variable the Index does not define; the message names the nearest.</summary>
    public const string ProfileUnknownVariable = "GR051";

    /// <summary>A profile's criterion has a weight that is not a number from 0.001 to 1,000,000.</summary>
    public const string ProfileWeight = "GR052";

    /// <summary>A profile has no criteria.</summary>
    public const string ProfileNoCriteria = "GR053";

    /// <summary>A profile names a variable in two criteria.</summary>
    public const string ProfileDuplicateVariable = "GR054";

    /// <summary>A profile's criterion accepts a result its variable never takes.</summary>
    public const string ProfileUnknownResult = "GR055";

    /// <summary>A profile's pass share is not a number above 0 and at most 1.</summary>
    public const string ProfilePassShare = "GR056";
}
