namespace GillRepro.Audit;

/// <summary>
/// A check of a label against its own evidence: when a row of <see cref="Variable"/> reads
/// <see cref="Result"/> and its evidence shows what the rule looks for (or lacks it), the label is flagged.
/// Rules have stable codes; docs/audit.md gives each one's reasoning and measured precision.
/// </summary>
/// <param name="Code">The stable code, such as <c>GA002</c>.</param>
/// <param name="Variable">The variable the rule reads, named as the Index writes it; null for a rule over every documentation variable.</param>
/// <param name="Result">The result the rule doubts, as the Index writes it (<c>Yes</c> or <c>No</c>).</param>
/// <param name="Message">What does not hold, in one sentence.</param>
/// <param name="Strength">How likely a flagged label is wrong, from 1 (worth a look) to 3 (usually wrong), from the share of flags people labelled differently (docs/audit.md); findings are ordered by it.</param>
public sealed record AuditRule(string Code, string? Variable, string Result, string Message, int Strength);
