namespace GillRepro.Audit;

/// <summary>
/// A check of a label against its own evidence: when a row of <see cref="Variable"/> reads
/// <see cref="Result"/> and its evidence shows what the rule looks for (or lacks it), the label is flagged.
/// Rules have stable codes; docs/audit.md gives each one's reasoning and measured precision.
/// </summary>
public sealed record AuditRule
{
    internal AuditRule(string code, string? variable, string result, string message, int strength)
    {
        Code = code;
        Variable = variable;
        Result = result;
        Message = message;
        Strength = strength;
    }

    /// <summary>The stable code, such as <c>GA002</c>.</summary>
    public string Code { get; }

    /// <summary>The variable the rule reads, named as the Index writes it; null for a rule over every documentation variable.</summary>
    public string? Variable { get; }

    /// <summary>The result the rule doubts, as the Index writes it (<c>Yes</c> or <c>No</c>).</summary>
    public string Result { get; }

    /// <summary>What does not hold, in one sentence.</summary>
    public string Message { get; }

    /// <summary>How likely a flagged label is wrong, from 1 (worth a look) to 3 (usually wrong), from the share of flags people labelled differently (docs/audit.md); findings are ordered by it.</summary>
    public int Strength { get; }
}
