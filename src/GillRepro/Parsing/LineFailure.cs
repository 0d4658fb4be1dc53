namespace GillRepro.Parsing;

/// <summary>
/// Why a line did not match: where the problem starts, what was expected and what was found. Lenient
/// parsing turns it into a <see cref="Diagnostic"/>, with <paramref name="Code"/> and
/// <paramref name="Severity"/> where the reader knows better than its caller.
/// </summary>
internal readonly record struct LineFailure(int Offset, string Expected, string Found, string? Code = null, DiagnosticSeverity? Severity = null)
{
    /// <summary>True when there is a problem to report (a reader may succeed and still report one).</summary>
    public bool IsProblem => Expected is not null;
}
