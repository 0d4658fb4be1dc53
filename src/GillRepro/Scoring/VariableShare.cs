namespace GillRepro;

/// <summary>How many empirical papers of a group meet one documentation variable.</summary>
/// <param name="Variable">The variable.</param>
/// <param name="Yes">The number of empirical papers whose result is <c>Yes</c>.</param>
/// <param name="Share">That number over the group's empirical papers, from 0 to 1.</param>
public sealed record VariableShare(VariableKind Variable, int Yes, double Share);
