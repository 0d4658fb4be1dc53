namespace GillRepro.Catalog;

/// <summary>One of the Index's nine variables: how it is written, what it may hold and what it counts for.</summary>
public sealed record VariableDefinition
{
    internal VariableDefinition(VariableKind kind, string name, string abbreviation, ResultValue[] results, bool countsTowardDocumentation, ReproducibilityRole role)
    {
        Kind = kind;
        Name = name;
        Abbreviation = abbreviation;
        Column = name.ToLowerInvariant().Replace(' ', '_');
        Results = EquatableArray.Own(results);
        CountsTowardDocumentation = countsTowardDocumentation;
        ReproducibilityRole = role;
    }

    /// <summary>Which variable this is.</summary>
    public VariableKind Kind { get; }

    /// <summary>The name as the Index writes it, and as every JSON output spells the variable.</summary>
    public string Name { get; }

    /// <summary>The short name the Index's tables use, such as <c>OSC</c>.</summary>
    public string Abbreviation { get; }

    /// <summary>The column name in CSV and Parquet exports: the name in lower case with underscores.</summary>
    public string Column { get; }

    /// <summary>The results the Index writes for it; any other text is kept, and reported as unexpected.</summary>
    public EquatableArray<ResultValue> Results { get; }

    /// <summary>True when a <c>Yes</c> earns one point of the Documentation Score D.</summary>
    public bool CountsTowardDocumentation { get; }

    /// <summary>What the variable does in the Reproducibility Score R.</summary>
    public ReproducibilityRole ReproducibilityRole { get; }

    /// <summary>True when <paramref name="value"/> is one of <see cref="Results"/>.</summary>
    /// <param name="value">A result's meaning.</param>
    public bool Allows(ResultValue value)
    {
        for (var i = 0; i < Results.Count; i++)
        {
            if (Results[i] == value) return true;
        }
        return false;
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
