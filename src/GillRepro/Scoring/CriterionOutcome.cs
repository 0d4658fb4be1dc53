namespace GillRepro;

/// <summary>How a paper fared on one criterion of a profile.</summary>
/// <param name="Variable">The criterion's variable name.</param>
/// <param name="Result">The paper's result as written, or null when the scorecard lacks the variable.</param>
/// <param name="Met">True when the result is one the criterion accepts.</param>
/// <param name="Points">The points earned: the criterion's weight when met, else zero.</param>
/// <param name="Weight">The points the criterion is worth.</param>
public sealed record CriterionOutcome(string Variable, string? Result, bool Met, double Points, double Weight);
