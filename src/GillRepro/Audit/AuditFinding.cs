namespace GillRepro.Audit;

/// <summary>
/// A label its own evidence does not support: which row, which rule, and the words that made the rule
/// fire (or, when the rule is about something missing, the start of the evidence that lacks it).
/// </summary>
public sealed record AuditFinding
{
    internal AuditFinding(string variable, string result, string rule, string message, string quote, int strength)
    {
        Variable = variable;
        Result = result;
        Rule = rule;
        Message = message;
        Quote = quote;
        Strength = strength;
    }

    /// <summary>The row's variable, as the Index writes it.</summary>
    public string Variable { get; }

    /// <summary>The row's result, as written.</summary>
    public string Result { get; }

    /// <summary>The rule's code (<see cref="AuditRule.Code"/>).</summary>
    public string Rule { get; }

    /// <summary>What does not hold (<see cref="AuditRule.Message"/>).</summary>
    public string Message { get; }

    /// <summary>The words of the evidence that made the rule fire; for a rule about something missing, the evidence's first 200 characters.</summary>
    public string Quote { get; }

    /// <summary>How likely the label is wrong, from 1 to 3 (<see cref="AuditRule.Strength"/>).</summary>
    public int Strength { get; }
}
