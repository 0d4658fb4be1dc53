using System.Globalization;

namespace GillRepro;

/// <summary>
/// A diagnostic as the lenient parser records it for a table row: code, severity and span, and the
/// message as a shared format with the words and number that fill it, formatted when the diagnostic is
/// first read. A <see cref="LazyList{TEntry, T}"/> of these costs no object per diagnostic however many
/// rows a document has; a diagnostic read from it equals one made with the message written out.
/// </summary>
/// <param name="Code">The stable code.</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="Span">The text it is about.</param>
/// <param name="Format">The message; a composite format (<c>{0}</c>, <c>{1}</c>, <c>{2}</c>) when <paramref name="First"/> is given.</param>
/// <param name="First">The first word of the message, or null when <paramref name="Format"/> is the message itself.</param>
/// <param name="Second">The second word.</param>
/// <param name="Number">The number.</param>
internal readonly record struct DiagnosticEntry(
    string Code, DiagnosticSeverity Severity, SourceSpan Span, string Format, string? First = null, string? Second = null, int Number = 0)
    : ILazyEntry<DiagnosticEntry, Diagnostic>
{
    /// <summary>A diagnostic that is already made, as an entry.</summary>
    public static DiagnosticEntry Of(Diagnostic diagnostic) => new(diagnostic.Code, diagnostic.Severity, diagnostic.Span, diagnostic.Message);

    /// <inheritdoc />
    public Diagnostic Make(string source) => new(Code, Severity, Message, Span);

    /// <summary>The message, written out.</summary>
    public string Message => First is null ? Format : string.Format(CultureInfo.InvariantCulture, Format, First, Second, Number);

    /// <inheritdoc />
    public DiagnosticEntry Moved(int offset, int lines) => this with { Span = Span.Moved(offset, lines) };
}
