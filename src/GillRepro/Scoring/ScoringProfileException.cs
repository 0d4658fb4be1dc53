using System.Globalization;

namespace GillRepro.Scoring;

/// <summary>Thrown by <see cref="ScoringProfile.Parse"/> when a profile file is not a sound profile.</summary>
public sealed class ScoringProfileException : FormatException
{
    /// <summary>Creates the exception for a profile file's problem.</summary>
    /// <param name="error">The problem: its code, place, and what was expected and found.</param>
    public ScoringProfileException(Diagnostic error)
        : base(string.Create(CultureInfo.InvariantCulture, $"line {(error ?? throw new ArgumentNullException(nameof(error))).Span.Line}, column {error.Span.Column}: {error.Message} ({error.Code})."))
    {
        Error = error;
    }

    /// <summary>The problem: its code (GR050 to GR056), place, and message.</summary>
    public Diagnostic Error { get; }
}
