using System.Globalization;

namespace GillRepro.Scoring;

/// <summary>
/// What makes a scoring profile sound, each rule once: the constructors throw <see cref="ArgumentException"/>
/// with these messages, and the profile file reader reports them with their code and place.
/// </summary>
internal static class ProfileRules
{
    /// <summary>The catalogue's variable named <paramref name="name"/> in any letter case, or the reason there is none.</summary>
    public static VariableDefinition? Variable(string name, out string? problem)
    {
        foreach (var variable in VariableCatalog.All)
        {
            if (string.Equals(variable.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                problem = null;
                return variable;
            }
        }
        problem = $"`{name}` is not one of the Index's variables; the nearest is `{Nearest(name, VariableCatalog.All.Select(v => v.Name))}`";
        return null;
    }

    /// <summary>Why <paramref name="weight"/> cannot be a criterion's weight, or null.</summary>
    public static string? Weight(double weight) =>
        weight is >= SmallestWeight and <= LargestWeight ? null
        : string.Create(CultureInfo.InvariantCulture, $"a weight is a number from {SmallestWeight} to {LargestWeight:N0}, found {weight}");

    /// <summary>The smallest weight: a thousandth of a point.</summary>
    public const double SmallestWeight = 0.001;

    /// <summary>The largest weight: a million points. Nine criteria add up to no more than nine million, far from where sums lose precision or overflow.</summary>
    public const double LargestWeight = 1_000_000;

    /// <summary><paramref name="result"/> as <paramref name="variable"/> spells it, in any letter case, or the reason it is none of its results.</summary>
    public static string? Result(VariableDefinition variable, string result, out string? problem)
    {
        foreach (var value in variable.Results)
        {
            var word = value.ToString();
            if (string.Equals(word, result, StringComparison.OrdinalIgnoreCase))
            {
                problem = null;
                return word;
            }
        }
        problem = $"`{variable.Name}` never takes the result `{result}`; it takes {string.Join(", ", variable.Results.Select(r => $"`{r}`"))}";
        return null;
    }

    /// <summary>Why <paramref name="share"/> cannot be a pass share, or null.</summary>
    public static string? PassShare(double share) =>
        share > 0 && share <= 1 ? null : string.Create(CultureInfo.InvariantCulture, $"a pass share is above 0 and at most 1, found {share}");

    public const string NoCriteria = "a profile needs at least one criterion";

    public static string Duplicate(string variable) => $"`{variable}` is named by two criteria";

    /// <summary>
    /// The candidate nearest to <paramref name="name"/>, letter case ignored: fewest edits to the whole
    /// candidate or to its start (so a name cut short, such as <c>Hardware Specs</c>, finds its variable).
    /// </summary>
    public static string Nearest(string name, IEnumerable<string> candidates)
    {
        var typed = name.ToLowerInvariant();
        return candidates.MinBy(c =>
        {
            var candidate = c.ToLowerInvariant();
            var start = candidate.Length > typed.Length ? candidate[..typed.Length] : candidate;
            return Math.Min(EditDistance.Between(typed, candidate), EditDistance.Between(typed, start) + 1);
        })!;
    }
}
