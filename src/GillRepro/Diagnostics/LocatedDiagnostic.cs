namespace GillRepro.Diagnostics;

/// <summary>
/// A diagnostic with the file it belongs to, flat for machines: one object of <c>gillrepro validate
/// --format json</c> and one result of its SARIF (<see cref="ScorecardJson.SerializeSarif"/>). Its JSON
/// has the fields <c>path</c>, <c>line</c>, <c>column</c>, <c>end</c>, <c>severity</c>, <c>code</c>,
/// <c>message</c> and <c>remedy</c>.
/// </summary>
public sealed record LocatedDiagnostic
{
    private LocatedDiagnostic(string path, int line, int column, LineColumn end, string severity, string code, string message, string? remedy)
    {
        Path = path;
        Line = line;
        Column = column;
        End = end;
        Severity = severity;
        Code = code;
        Message = message;
        Remedy = remedy;
    }

    /// <summary>A diagnostic of the file at <paramref name="path"/>. A span never crosses a line (the grammar reads line by line), so its end is on its line.</summary>
    /// <param name="path">The file, as the user named it.</param>
    /// <param name="diagnostic">The diagnostic.</param>
    public static LocatedDiagnostic Of(string path, Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(diagnostic);
        var span = diagnostic.Span;
        var line = Math.Max(1, span.Line);
        var column = Math.Max(1, span.Column);
        return new LocatedDiagnostic(path, line, column, new LineColumn(line, column + Math.Max(0, span.Length)), Word(diagnostic.Severity), diagnostic.Code, diagnostic.Message, diagnostic.Recovery);
    }

    /// <summary>A file that could not be read at all (<see cref="DiagnosticCodes.Unreadable"/>, or <see cref="DiagnosticCodes.EmptyInput"/> for an empty one), at its first line.</summary>
    /// <param name="path">The file, as the user named it.</param>
    /// <param name="code">The code.</param>
    /// <param name="message">What went wrong.</param>
    public static LocatedDiagnostic OfFile(string path, string code, string message)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(message);
        return new LocatedDiagnostic(path, 1, 1, new LineColumn(1, 1), "error", code, message, null);
    }

    private static string Word(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "information",
    };

    /// <summary>The file, as the user named it.</summary>
    public string Path { get; }

    /// <summary>Where the problem starts: its line, from 1.</summary>
    public int Line { get; }

    /// <summary>Where the problem starts: its column, from 1.</summary>
    public int Column { get; }

    /// <summary>Where it ends: the line and the column after its last character (equal to the start for a place between characters).</summary>
    public LineColumn End { get; }

    /// <summary><c>error</c>, <c>warning</c> or <c>information</c>.</summary>
    public string Severity { get; }

    /// <summary>The stable code (<see cref="DiagnosticCodes"/>).</summary>
    public string Code { get; }

    /// <summary>What was expected and what was found.</summary>
    public string Message { get; }

    /// <summary>How a lenient reader went on, or what to do; null when there is nothing to say.</summary>
    public string? Remedy { get; }
}
