namespace GillRepro.Audit;

/// <summary>
/// A label its own evidence does not support: which row, which rule, and the words that made the rule
/// fire (or, when the rule is about something missing, the start of the evidence that lacks it).
/// </summary>
/// <param name="Variable">The row's variable, as the Index writes it.</param>
/// <param name="Result">The row's result, as written.</param>
/// <param name="Rule">The rule's code (<see cref="AuditRule.Code"/>).</param>
/// <param name="Message">What does not hold (<see cref="AuditRule.Message"/>).</param>
/// <param name="Quote">The words of the evidence that made the rule fire; for a rule about something missing, the evidence's first 200 characters.</param>
/// <param name="Strength">How likely the label is wrong, from 1 to 3 (<see cref="AuditRule.Strength"/>).</param>
public sealed record AuditFinding(string Variable, string Result, string Rule, string Message, string Quote, int Strength);
