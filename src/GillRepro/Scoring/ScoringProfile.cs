namespace GillRepro;

/// <summary>
/// What a score counts: which variables, what each is worth and which results meet it. Profiles are
/// immutable values; build one for a venue's checklist, or use <see cref="Documentation"/> (the Index's
/// Documentation Score) or <see cref="CodeAndData"/>.
/// </summary>
public sealed record ScoringProfile
{
    /// <summary>Creates a profile.</summary>
    /// <param name="name">A name for reports, such as <c>NeurIPS checklist</c>.</param>
    /// <param name="criteria">The criteria; at least one, each variable once.</param>
    public ScoringProfile(string name, IReadOnlyList<ScoringCriterion> criteria)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var frozen = Sequence.Freeze(criteria, nameof(criteria));
        if (frozen.Count == 0) throw new ArgumentException("A profile needs at least one criterion.", nameof(criteria));
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var criterion in frozen)
        {
            if (!seen.Add(criterion.Variable))
                throw new ArgumentException($"The profile names the variable '{criterion.Variable}' twice.", nameof(criteria));
        }
        Name = name;
        Criteria = frozen;
    }

    /// <summary>The Index's Documentation Score: the variables of <see cref="VariableCatalog.Documentation"/>, one point each for <c>Yes</c>.</summary>
    public static ScoringProfile Documentation { get; } = new("Documentation Score", [.. VariableCatalog.Documentation.Select(v => new ScoringCriterion(v.Kind))]);

    /// <summary>Code and data both shared: the variables whose <see cref="VariableDefinition.ReproducibilityRole"/> is code or data, one point each for <c>Yes</c>.</summary>
    public static ScoringProfile CodeAndData { get; } = new("Code and data",
        [.. VariableCatalog.All.Where(v => v.ReproducibilityRole != ReproducibilityRole.None).Select(v => new ScoringCriterion(v.Kind))]);

    /// <summary>A name for reports.</summary>
    public string Name { get; }

    /// <summary>The criteria in the order they are reported.</summary>
    public IReadOnlyList<ScoringCriterion> Criteria { get; }

    /// <summary>The points a paper meeting every criterion gets.</summary>
    public double Maximum
    {
        get
        {
            var sum = 0d;
            foreach (var criterion in Criteria) sum += criterion.Weight;
            return sum;
        }
    }

    /// <inheritdoc />
    public bool Equals(ScoringProfile? other) =>
        other is not null && Name == other.Name && Sequence.Equal(Criteria, other.Criteria);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Sequence.Hash(Criteria));
}
