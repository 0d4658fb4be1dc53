using System.Diagnostics.CodeAnalysis;

namespace GillRepro.Scoring;

/// <summary>
/// What a compliance score counts: which of the Index's variables, what each is worth, which results meet
/// it, and the share of the maximum a paper needs to comply. Profiles are immutable values: build one in
/// C#, read one from a profile file (<see cref="Parse"/>, <c>docs/schemas/profile.schema.json</c>), or use a
/// built-in (<see cref="BuiltIn"/>).
/// </summary>
public sealed record ScoringProfile
{
    /// <summary>Creates a profile.</summary>
    /// <param name="name">A name for reports, such as <c>NeurIPS paper checklist</c>.</param>
    /// <param name="criteria">The criteria; at least one, each variable once.</param>
    /// <param name="description">What the profile asks, in a sentence; optional.</param>
    /// <param name="passShare">The share of the maximum a paper needs to comply: above 0 and at most 1 (every criterion met).</param>
    /// <param name="source">The checklist the profile follows (a citation or address); optional.</param>
    /// <param name="notObserved">The checklist's items that the Index's variables cannot observe, in its words; optional.</param>
    /// <exception cref="ArgumentException">No criteria, a variable named twice, or a pass share outside (0, 1].</exception>
    public ScoringProfile(string name, EquatableArray<ScoringCriterion> criteria, string? description = null, double passShare = 1, string? source = null, EquatableArray<string> notObserved = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var frozen = EquatableArray.NoNulls(criteria, nameof(criteria));
        if (frozen.Count == 0) throw new ArgumentException(ProfileRules.NoCriteria, nameof(criteria));
        var seen = new HashSet<VariableKind>();
        foreach (var criterion in frozen)
        {
            if (!seen.Add(criterion.Kind)) throw new ArgumentException(ProfileRules.Duplicate(criterion.Variable), nameof(criteria));
        }
        if (ProfileRules.PassShare(passShare) is { } badShare) throw new ArgumentOutOfRangeException(nameof(passShare), passShare, badShare);

        Name = name;
        Criteria = frozen;
        Description = string.IsNullOrWhiteSpace(description) ? null : description;
        PassShare = passShare;
        Source = string.IsNullOrWhiteSpace(source) ? null : source;
        NotObserved = EquatableArray.NoNulls(notObserved, nameof(notObserved));
    }

    /// <summary>The Index's Documentation Score: the variables of <see cref="VariableCatalog.Documentation"/>, one point each for <c>Yes</c>; its points are D.</summary>
    public static ScoringProfile Documentation { get; } = new("Documentation Score",
        [.. VariableCatalog.Documentation.Select(v => new ScoringCriterion(v.Kind))],
        "The Index's Documentation Score D: one point for each of the seven documentation variables that is Yes.",
        source: "The Reproducibility Index (docs/scoring.md)");

    /// <summary>Code and data both shared: the variables whose <see cref="VariableDefinition.ReproducibilityRole"/> is code or data, both needed.</summary>
    public static ScoringProfile CodeAndData { get; } = new("Code and data",
        [.. VariableCatalog.All.Where(v => v.ReproducibilityRole != ReproducibilityRole.None).Select(v => new ScoringCriterion(v.Kind))],
        "Code and data both shared: Open Source Code and Open Datasets both Yes.",
        source: "The Reproducibility Index (docs/scoring.md)");

    /// <summary>The built-in profiles by the name the tool knows them by (<c>documentation</c>, <c>code-and-data</c>), in any letter case.</summary>
    public static IReadOnlyDictionary<string, ScoringProfile> BuiltIn { get; } = new Dictionary<string, ScoringProfile>(StringComparer.OrdinalIgnoreCase)
    {
        ["documentation"] = Documentation,
        ["code-and-data"] = CodeAndData,
    };

    /// <summary>A name for reports.</summary>
    public string Name { get; }

    /// <summary>What the profile asks, in a sentence; null when not given.</summary>
    public string? Description { get; }

    /// <summary>The criteria in the order they are reported.</summary>
    public EquatableArray<ScoringCriterion> Criteria { get; }

    /// <summary>The share of <see cref="Maximum"/> a paper needs to comply; 1 asks for every criterion.</summary>
    public double PassShare { get; }

    /// <summary>The checklist the profile follows; null when not given.</summary>
    public string? Source { get; }

    /// <summary>The checklist's items that the Index's variables cannot observe; empty when not given.</summary>
    public EquatableArray<string> NotObserved { get; }

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

    /// <summary>Reads a profile file (JSON, <c>docs/schemas/profile.schema.json</c>).</summary>
    /// <param name="json">The file's text.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ScoringProfileException">The text is not a sound profile; the exception holds the problem, with its code, line and column.</exception>
    public static ScoringProfile Parse(string json) =>
        TryParse(json, out var profile, out var error) ? profile : throw new ScoringProfileException(error);

    /// <summary>Reads a profile file without throwing.</summary>
    /// <param name="json">The file's text.</param>
    /// <param name="profile">The profile, when the text is a sound profile.</param>
    /// <param name="error">The first problem otherwise: its code (GR050 to GR056), line, column and message.</param>
    /// <returns>True when the text is a sound profile.</returns>
    public static bool TryParse(string json, [NotNullWhen(true)] out ScoringProfile? profile, [NotNullWhen(false)] out Diagnostic? error)
    {
        ArgumentNullException.ThrowIfNull(json);
        return ProfileJson.TryRead(json, out profile, out error);
    }

    /// <summary>The profile as a profile file: indented JSON that <see cref="Parse"/> reads back to an equal profile.</summary>
    public string ToJson() => ProfileJson.Write(this);

}
