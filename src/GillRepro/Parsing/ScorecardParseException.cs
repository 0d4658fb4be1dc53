namespace GillRepro;

/// <summary>Thrown by <see cref="Scorecard.Parse(string, ScorecardParseOptions)"/> when the text is not a scorecard.</summary>
public sealed class ScorecardParseException : FormatException
{
    /// <summary>Creates the exception for a parse error.</summary>
    /// <param name="error">Where the text went wrong and how.</param>
    public ScorecardParseException(ParseError error)
        : base((error ?? throw new ArgumentNullException(nameof(error))).Message)
    {
        Error = error;
    }

    /// <summary>Where the text went wrong and how.</summary>
    public ParseError Error { get; }

    /// <summary>The 1-based line of the problem.</summary>
    public int Line => Error.Line;

    /// <summary>The 1-based column of the problem.</summary>
    public int Column => Error.Column;

    /// <summary>What the grammar expected at the problem.</summary>
    public string Expected => Error.Expected;

    /// <summary>What was found there instead.</summary>
    public string Found => Error.Found;
}
