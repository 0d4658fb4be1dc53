namespace GillRepro.Scoring;

/// <summary>How a paper fared on one criterion of a profile.</summary>
public sealed record CriterionOutcome
{
    internal CriterionOutcome(string variable, string? result, bool met, double points, double weight)
    {
        Variable = variable;
        Result = result;
        Met = met;
        Points = points;
        Weight = weight;
    }

    /// <summary>The criterion's variable, named as the Index writes it.</summary>
    public string Variable { get; }

    /// <summary>The paper's result as written, or null when the scorecard lacks the variable.</summary>
    public string? Result { get; }

    /// <summary>True when the result is one the criterion accepts.</summary>
    public bool Met { get; }

    /// <summary>The points earned: the criterion's weight when met, else zero.</summary>
    public double Points { get; }

    /// <summary>The points the criterion is worth.</summary>
    public double Weight { get; }
}
