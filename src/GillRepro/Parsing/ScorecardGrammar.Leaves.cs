using Sprache;
using SpracheResult = Sprache.Result;

namespace GillRepro.Parsing;

/// <summary>
/// The grammar's leaves: Sprache parsers that read one whole line by scanning the source string with
/// spans (no per-character <see cref="IInput.Advance"/>). Everything above a line is Sprache's own
/// combinators, in the productions of <see cref="ScorecardGrammar"/> and <see cref="Rendering"/>.
/// </summary>
internal static partial class ScorecardGrammar
{
    /// <summary>
    /// The next line, read by <paramref name="read"/>, which gives the line's reading, or null when the
    /// line is not of its kind; blank lines before it are passed over when <paramref name="skipBlankLines"/>.
    /// Fails, consuming nothing, at the end of the input, on a line of another kind, and (when
    /// <paramref name="stopAtStart"/>) on a line where another scorecard starts, so that <c>XOr</c> can
    /// try another reading of it.
    /// </summary>
    public static Parser<(T Value, Diagnostic[] Problems)> Line<T>(string expected, Func<SourceLine, (T Value, Diagnostic[] Problems)?> read, bool skipBlankLines = true, bool stopAtStart = false)
    {
        string[] expectations = [expected];
        return input =>
        {
            var line = At(input, skipBlankLines);
            // A failure says nothing but what was expected: the grammar's own diagnostics say what was found,
            // and a failure here is only the signal for XOr, Many and Optional to read on.
            if ((line.IsBlank && line.EndsInput) || (stopAtStart && ScorecardGrammar.IsStart(line)))
            {
                return SpracheResult.Failure<(T Value, Diagnostic[] Problems)>(input, expected, expectations);
            }
            return read(line) is { } reading
                ? SpracheResult.Success(reading, SourceInput.After(line))
                : SpracheResult.Failure<(T Value, Diagnostic[] Problems)>(input, expected, expectations);
        };
    }

    /// <summary>
    /// A block that is not there: consumes nothing and reads <paramref name="fallback"/>, with a
    /// diagnostic at the next line with text (or the end of the input) saying what was expected there.
    /// </summary>
    public static Parser<(T Value, Diagnostic[] Problems)> Missing<T>(string code, DiagnosticSeverity severity, string expected, T fallback) => input =>
    {
        var line = At(input, skipBlankLines: true);
        var found = line.IsBlank && line.EndsInput ? "the end of the input" : SourceLine.Describe(line.Text);
        var span = line.IsBlank ? new SourceSpan(line.End, 0, line.Number, line.ColumnOf(line.End)) : line.Span;
        return SpracheResult.Success(With<T>(fallback, new Diagnostic(code, severity, $"expected {expected}, found {found}", span)), input);
    };

    private static SourceLine At(IInput input, bool skipBlankLines)
    {
        var source = (SourceInput)input;
        var line = SourceLine.At(source.Source, source.Position, source.Line, source.Column, source.Joinable);
        return skipBlankLines ? line.SkipBlankLines() : line;
    }

    /// <summary>A line read without a problem: what it gave. (A reading is what a leaf gave: a value, and the problems of its line, none usually.)</summary>
    public static (T Value, Diagnostic[] Problems) Clean<T>(T value) => (value, []);

    /// <summary>A value, or the fallback where a line could not give one, read with one problem.</summary>
    public static (T Value, Diagnostic[] Problems) With<T>(T value, Diagnostic problem) => (value, [problem]);
}
