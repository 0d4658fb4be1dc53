using System.Globalization;

namespace GillRepro;

/// <summary>
/// A problem found in a scorecard: a stable code (listed in <c>docs/diagnostics.md</c>), a severity, a
/// message a person can act on, and the span of source text it is about.
/// </summary>
/// <param name="Code">The stable code, such as <c>GR030</c>.</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="Message">What is wrong, in one sentence.</param>
/// <param name="Span">The text it is about (line and column 1-based; length 0 for a place between characters).</param>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, string Message, SourceSpan Span)
{
    /// <summary><c>line:column: severity CODE: message</c>, as compilers print it.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Span.Line}:{Span.Column}: {Severity.ToString().ToLowerInvariant()} {Code}: {Message}");
}
