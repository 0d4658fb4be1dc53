using System.Globalization;

namespace GillRepro.Diagnostics;

/// <summary>
/// A problem found in a scorecard: a stable code (see <see cref="DiagnosticCodes"/>), a severity, what was
/// wrong, what lenient reading did about it, and the span of source text it is about. Strict parsing
/// refuses a text at its first <see cref="DiagnosticSeverity.Error"/>; lenient parsing reports them all.
/// </summary>
public sealed record Diagnostic
{
    internal Diagnostic(string code, DiagnosticSeverity severity, string message, SourceSpan span, string? recovery = null)
    {
        Code = code;
        Severity = severity;
        Message = message;
        Span = span;
        Recovery = recovery;
    }

    /// <summary>The stable code, such as <c>GR030</c>.</summary>
    public string Code { get; }

    /// <summary>How serious it is.</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>What is wrong, in one sentence: usually <c>expected …, found …</c>.</summary>
    public string Message { get; }

    /// <summary>The text it is about (line and column 1-based; length 0 for a place between characters).</summary>
    public SourceSpan Span { get; }

    /// <summary>What lenient parsing did about it, such as <c>the row is dropped</c>; null when it read on unchanged.</summary>
    public string? Recovery { get; }

    /// <summary><c>line:column: severity CODE: message; recovery</c>, as compilers print it.</summary>
    public override string ToString() => ToString(withRecovery: true);

    /// <summary><c>line:column: severity CODE: message</c>, with <c>; recovery</c> when asked (what lenient reading did; strict reading did nothing).</summary>
    /// <param name="withRecovery">True to say what lenient parsing did about it.</param>
    public string ToString(bool withRecovery) =>
        string.Create(CultureInfo.InvariantCulture, $"{Span.Line}:{Span.Column}: {Severity.ToString().ToLowerInvariant()} {Code}: {Message}{(withRecovery && Recovery is not null ? "; " + Recovery : "")}");

    /// <summary>The diagnostic moved by <paramref name="offset"/> characters (a document read out of a stream).</summary>
    internal Diagnostic Moved(int offset) => new(Code, Severity, Message, Span.Moved(offset), Recovery);
}
