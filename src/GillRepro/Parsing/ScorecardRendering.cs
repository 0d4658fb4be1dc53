namespace GillRepro.Parsing;

/// <summary>How a scorecard is laid out as text.</summary>
public enum ScorecardRendering
{
    /// <summary>Detect it: markdown when a line starts with <c>|</c>, plain text when the plain table header is present, else markdown.</summary>
    Auto = 0,

    /// <summary>The Index's markdown page: the table as pipe rows <c>| variable | result | evidence |</c>.</summary>
    Markdown,

    /// <summary>The page as a browser copy or a text extract reads: blocks separated by blank lines, the table as lines <c>variable result evidence</c> without pipes.</summary>
    PlainText,
}
