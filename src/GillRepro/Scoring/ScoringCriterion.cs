namespace GillRepro.Scoring;

/// <summary>
/// One item of a <see cref="ScoringProfile"/>: one of the Index's variables, the points it is worth, and
/// the results that meet it. Variables and results are named as the Index writes them, in any letter case,
/// and kept as the Index spells them.
/// </summary>
public sealed record ScoringCriterion
{
    private static readonly EquatableArray<string> YesOnly = [nameof(ResultValue.Yes)];

    /// <summary>Creates a criterion.</summary>
    /// <param name="variable">The variable's name, one of <see cref="VariableCatalog.All"/>, in any letter case.</param>
    /// <param name="weight">The points the criterion is worth when met: from 0.001 to 1,000,000.</param>
    /// <param name="metBy">The results that meet it, each one the variable takes; <c>Yes</c> when none are given.</param>
    /// <param name="item">The checklist item the criterion stands for, in the checklist's words; optional.</param>
    /// <exception cref="ArgumentException">The variable is not the Index's, the weight is not from 0.001 to 1,000,000, or a result is one the variable never takes.</exception>
    public ScoringCriterion(string variable, double weight = 1, IReadOnlyList<string>? metBy = null, string? item = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(variable);
        var definition = ProfileRules.Variable(variable, out var unknown) ?? throw new ArgumentException(unknown, nameof(variable));
        if (ProfileRules.Weight(weight) is { } badWeight) throw new ArgumentOutOfRangeException(nameof(weight), weight, badWeight);

        var accepted = YesOnly;
        if (metBy is { Count: > 0 })
        {
            var words = new string[metBy.Count];
            for (var i = 0; i < words.Length; i++)
            {
                ArgumentNullException.ThrowIfNull(metBy[i], nameof(metBy));
                words[i] = ProfileRules.Result(definition, metBy[i], out var never) ?? throw new ArgumentException(never, nameof(metBy));
            }
            accepted = EquatableArray.Own(words);
        }

        Variable = definition.Name;
        Kind = definition.Kind;
        Weight = weight;
        MetBy = accepted;
        Item = string.IsNullOrWhiteSpace(item) ? null : item;
    }

    /// <summary>Creates a criterion for one of the nine variables.</summary>
    /// <param name="kind">The variable.</param>
    /// <param name="weight">The points the criterion is worth when met: from 0.001 to 1,000,000.</param>
    /// <param name="metBy">The results that meet it; <c>Yes</c> when none are given.</param>
    public ScoringCriterion(VariableKind kind, double weight = 1, params string[] metBy)
        : this(VariableCatalog.Get(kind).Name, weight, metBy)
    {
    }

    /// <summary>The variable's name, as the Index writes it.</summary>
    public string Variable { get; }

    /// <summary>The variable.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public VariableKind Kind { get; }

    /// <summary>The points the criterion is worth when met.</summary>
    public double Weight { get; }

    /// <summary>The results that meet the criterion, such as <c>Yes</c>, as the Index spells them.</summary>
    public EquatableArray<string> MetBy { get; }

    /// <summary>The checklist item the criterion stands for, in the checklist's words; null when not given.</summary>
    public string? Item { get; }

    /// <summary>True when <paramref name="result"/> is one of <see cref="MetBy"/>, in any letter case.</summary>
    /// <param name="result">A result as written; null when the scorecard lacks the variable.</param>
    public bool IsMetBy(string? result)
    {
        if (result is null) return false;
        for (var i = 0; i < MetBy.Count; i++)
        {
            if (string.Equals(MetBy[i], result, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

}
