using Sprache;
using SpracheResult = Sprache.Result;

namespace GillRepro.Parsing.Lenient;

/// <summary>
/// Sprache primitives for lenient parsing: they do not fail where a line is wrong, but return a
/// fallback value with a <see cref="Diagnostic"/>, so the parse goes on and reports every problem.
/// </summary>
internal static class Tolerant
{
    /// <summary>
    /// The next line read by <paramref name="reader"/>; where it cannot be read, <paramref name="fallback"/>
    /// and a diagnostic. The bad line is passed over unless <paramref name="belongsLater"/> says a later
    /// block will read it (a missing line, rather than a wrong one). A reader that succeeds may still
    /// report a problem (a warning) through its failure.
    /// </summary>
    public static Parser<Step<T>> Line<T>(
        string expected, LineReader<T> reader, T fallback, string code, DiagnosticSeverity severity, LineTest belongsLater, bool skipBlankLines = true) => input =>
    {
        var source = (SourceInput)input;
        var line = SourceLine.At(source.Source, source.Position, source.Line, source.Column);
        if (skipBlankLines) line = line.SkipBlankLines();

        if (line.IsBlank && !line.HasLineEnd)
        {
            var end = new SourceSpan(line.End, 0, line.Number, line.ColumnOf(line.End));
            return SpracheResult.Success(new Step<T>(fallback, new Diagnostic(code, severity, $"expected {expected}, found the end of the input", end)), input);
        }

        var read = reader(line, out var value, out var failure);
        var diagnostic = failure.IsProblem ? ToDiagnostic(line, failure, code, severity) : null;
        if (read) return SpracheResult.Success(new Step<T>(value, diagnostic), SourceInput.After(line));
        return SpracheResult.Success(new Step<T>(fallback, diagnostic), belongsLater(line.Text) ? input : SourceInput.After(line));
    };

    /// <summary>A line reader's failure as a diagnostic, spanning from the problem to the end of the line.</summary>
    public static Diagnostic ToDiagnostic(in SourceLine line, LineFailure failure, string code, DiagnosticSeverity severity)
    {
        var span = new SourceSpan(failure.Offset, Math.Max(0, line.End - failure.Offset), line.Number, line.ColumnOf(failure.Offset));
        return new Diagnostic(failure.Code ?? code, failure.Severity ?? severity, $"expected {failure.Expected}, found {failure.Found}", span);
    }
}
