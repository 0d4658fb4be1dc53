using Sprache;
using SpracheResult = Sprache.Result;

namespace GillRepro.Parsing;

/// <summary>
/// The grammar's leaves: Sprache parsers that read one whole line by scanning the source string with
/// spans (no per-character <see cref="IInput.Advance"/>). Everything above a line is Sprache's own
/// combinators, in <see cref="ScorecardGrammar"/>.
/// </summary>
internal static class Lines
{
    /// <summary>
    /// The next line, read by <paramref name="read"/>, which gives the line's reading, or null when the
    /// line is not of its kind; blank lines before it are passed over when <paramref name="skipBlankLines"/>.
    /// Fails, consuming nothing, at the end of the input and on a line of another kind, so that <c>Or</c>
    /// can try another reading of it.
    /// </summary>
    public static Parser<Reading<T>> Line<T>(string expected, Func<SourceLine, Reading<T>?> read, bool skipBlankLines = true)
    {
        string[] expectations = [expected];
        return input =>
        {
            var line = At(input, skipBlankLines);
            if (line.IsBlank && !line.HasLineEnd)
            {
                return SpracheResult.Failure<Reading<T>>(input, "the end of the input", expectations);
            }
            return read(line) is { } reading
                ? SpracheResult.Success(reading, SourceInput.After(line))
                : SpracheResult.Failure<Reading<T>>(input, SourceLine.Describe(line.Text), expectations);
        };
    }

    /// <summary>
    /// A block that is not there: consumes nothing and reads <paramref name="fallback"/>, with a
    /// diagnostic at the next line with text (or the end of the input) saying what was expected there.
    /// </summary>
    public static Parser<Reading<T>> Missing<T>(string code, DiagnosticSeverity severity, string expected, T fallback) => input =>
    {
        var line = At(input, skipBlankLines: true);
        var found = line.IsBlank && !line.HasLineEnd ? "the end of the input" : SourceLine.Describe(line.Text);
        var span = line.IsBlank ? new SourceSpan(line.End, 0, line.Number, line.ColumnOf(line.End)) : line.Span;
        return SpracheResult.Success(Reading<T>.With(fallback, new Diagnostic(code, severity, $"expected {expected}, found {found}", span)), input);
    };

    /// <summary>
    /// The end of the text, where only spaces and tabs are left on a last line without a line end: reads
    /// them, and gives the place where the text's content ends (where what is missing from it is reported).
    /// Fails anywhere else.
    /// </summary>
    public static readonly Parser<SourceSpan> EndOfText = input =>
    {
        var line = At(input, skipBlankLines: false);
        if (!line.IsBlank || line.HasLineEnd)
        {
            return SpracheResult.Failure<SourceSpan>(input, SourceLine.Describe(line.Text), ["the end of the input"]);
        }
        var end = new SourceSpan(line.Start, 0, line.Number, line.StartColumn);
        return SpracheResult.Success(end, new SourceInput(line.Source, line.Source.Length, line.Number, line.ColumnOf(line.Source.Length)));
    };

    private static SourceLine At(IInput input, bool skipBlankLines)
    {
        var source = (SourceInput)input;
        var line = SourceLine.At(source.Source, source.Position, source.Line, source.Column);
        return skipBlankLines ? line.SkipBlankLines() : line;
    }
}
