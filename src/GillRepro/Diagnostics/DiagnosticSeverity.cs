namespace GillRepro.Diagnostics;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>A fact worth knowing that changes nothing, such as a result of <c>N/A</c>.</summary>
    Information = 0,

    /// <summary>Damage that was read around without losing text, such as a missing variable or a row cut off in its evidence.</summary>
    Warning,

    /// <summary>Text that could not be read as a scorecard; the strict parser stops at the first one.</summary>
    Error,
}
