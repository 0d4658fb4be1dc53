using System.Text.Json.Serialization;

namespace GillRepro.Scoring;

/// <summary>
/// One variable's count in a group of papers: how many of the group's empirical papers are <c>Yes</c>
/// (<see cref="GroupScore.Variables"/>), or meet a profile's criterion on it (<see cref="GroupCompliance.Criteria"/>).
/// </summary>
public sealed record VariableProportion
{
    internal VariableProportion(VariableDefinition variable, Proportion proportion)
    {
        Kind = variable.Kind;
        Variable = variable.Name;
        Proportion = proportion;
    }

    /// <summary>Which variable.</summary>
    [JsonIgnore]
    public VariableKind Kind { get; }

    /// <summary>The variable, named as the Index writes it.</summary>
    public string Variable { get; }

    /// <summary>How many papers of how many, and the share.</summary>
    public Proportion Proportion { get; }
}
