namespace GillRepro;

/// <summary>How many empirical papers of a group meet one criterion of a profile.</summary>
public sealed record CriterionShare
{
    internal CriterionShare(string variable, int met, double share)
    {
        Variable = variable;
        Met = met;
        Share = share;
    }

    /// <summary>The criterion's variable, named as the Index writes it.</summary>
    public string Variable { get; }

    /// <summary>The empirical papers that meet the criterion.</summary>
    public int Met { get; }

    /// <summary>That number over the group's empirical papers, from 0 to 1.</summary>
    public double Share { get; }
}
