using System.Text.Json.Serialization;

namespace GillRepro;

/// <summary>How many empirical papers of a group meet one variable.</summary>
public sealed record VariableShare
{
    internal VariableShare(VariableDefinition variable, int yes, double share)
    {
        Kind = variable.Kind;
        Variable = variable.Name;
        Yes = yes;
        Share = share;
    }

    /// <summary>Which variable.</summary>
    [JsonIgnore]
    public VariableKind Kind { get; }

    /// <summary>The variable, named as the Index writes it.</summary>
    public string Variable { get; }

    /// <summary>The number of empirical papers whose result is <c>Yes</c>.</summary>
    public int Yes { get; }

    /// <summary>That number over the group's empirical papers, from 0 to 1.</summary>
    public double Share { get; }
}
