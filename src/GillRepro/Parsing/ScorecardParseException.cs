using System.Globalization;

namespace GillRepro.Parsing;

/// <summary>Thrown by <see cref="Scorecard.Parse(string, ScorecardParseOptions)"/> when the text is not a valid scorecard.</summary>
public sealed class ScorecardParseException : FormatException
{
    /// <summary>Creates the exception for the first error of a text.</summary>
    /// <param name="error">The first error: its code, place, and what was expected and found.</param>
    public ScorecardParseException(Diagnostic error)
        : base(Describe(error ?? throw new ArgumentNullException(nameof(error))))
    {
        Error = error;
    }

    /// <summary>The first error: its code, place, and what was expected and found.</summary>
    public Diagnostic Error { get; }

    /// <summary><c>line 15, column 31: expected `|` closing the row, found the end of the input (GR030).</c></summary>
    private static string Describe(Diagnostic error) =>
        string.Create(CultureInfo.InvariantCulture, $"line {error.Span.Line}, column {error.Span.Column}: {error.Message} ({error.Code}).");
}
