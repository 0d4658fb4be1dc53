using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace GillRepro.Corpus;

/// <summary>
/// Which papers a figure is made of: venues, a year or a range of years, variables' results (all must
/// hold), and complete papers only. <see cref="All"/> keeps every paper. Made from the words a user
/// typed with <see cref="TryCreate"/>, which names a misspelled venue, variable or result with the
/// nearest valid one.
/// </summary>
public sealed record PaperFilter
{
    /// <summary>The venues of the Index, which a venue filter names.</summary>
    public static EquatableArray<string> IndexVenues { get; } = ["AAAI", "ICLR", "ICML", "IJCAI", "NeurIPS"];

    /// <summary>Keeps every paper.</summary>
    public static PaperFilter All { get; } = new([], null, null, [], false);

    private PaperFilter(EquatableArray<string> venues, int? fromYear, int? toYear, EquatableArray<PaperCondition> conditions, bool completeOnly)
    {
        Venues = venues;
        FromYear = fromYear;
        ToYear = toYear;
        Conditions = conditions;
        CompleteOnly = completeOnly;
    }

    /// <summary>The venues a paper must be of, as the Index spells them; empty for any.</summary>
    public EquatableArray<string> Venues { get; }

    /// <summary>The first year kept; null for no bound.</summary>
    public int? FromYear { get; }

    /// <summary>The last year kept; null for no bound.</summary>
    public int? ToYear { get; }

    /// <summary>Results that must all hold.</summary>
    public EquatableArray<PaperCondition> Conditions { get; }

    /// <summary>True to leave out papers that lack one of the nine variables (a cut-off page read leniently).</summary>
    public bool CompleteOnly { get; }

    /// <summary>True when the filter keeps every paper.</summary>
    public bool KeepsAll => Venues.Count == 0 && FromYear is null && ToYear is null && Conditions.Count == 0 && !CompleteOnly;

    /// <summary>True when the paper passes every part of the filter.</summary>
    /// <param name="paper">A paper.</param>
    public bool Matches(Paper paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        if (Venues.Count > 0 && !Venues.AsSpan().Contains(Canonical(paper.Venue.Name))) return false;
        if (FromYear is { } from && paper.Venue.Year < from) return false;
        if (ToYear is { } to && paper.Venue.Year > to) return false;
        foreach (var condition in Conditions) if (!condition.Holds(paper)) return false;
        return !CompleteOnly || paper.IsComplete;
    }

    /// <summary>
    /// A filter from the words a user typed. Venues match the Index's in any letter case; a year is
    /// <c>2023</c> or a range <c>2020-2024</c>; a condition is <c>VARIABLE=RESULT</c>, the variable by
    /// its name or abbreviation and both in any letter case, as the catalogue matches them.
    /// </summary>
    /// <param name="venues">Venues, each possibly a comma-separated list (<c>NeurIPS,ICML</c>); null or empty for any.</param>
    /// <param name="years">A year or a range; null for any.</param>
    /// <param name="conditions">Conditions such as <c>Open Source Code=Yes</c>; null or empty for none.</param>
    /// <param name="completeOnly">True to keep complete papers only.</param>
    /// <param name="filter">The filter, when every part is valid.</param>
    /// <param name="problem">The first part that is not, with the nearest valid value.</param>
    public static bool TryCreate(IEnumerable<string>? venues, string? years, IEnumerable<string>? conditions, bool completeOnly,
        [NotNullWhen(true)] out PaperFilter? filter, [NotNullWhen(false)] out FilterProblem? problem)
    {
        filter = null;
        var kept = new List<string>();
        foreach (var venue in (venues ?? []).SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)))
        {
            var known = IndexVenues.FirstOrDefault(v => v.Equals(venue, StringComparison.OrdinalIgnoreCase));
            if (known is null)
            {
                var nearest = Nearest(venue, IndexVenues);
                problem = new FilterProblem("venue", venue, nearest,
                    $"'{venue}' is not a venue of the Index ({string.Join(", ", IndexVenues)}){(nearest is null ? "" : $"; did you mean {nearest}?")}");
                return false;
            }
            if (!kept.Contains(known)) kept.Add(known);
        }

        int? from = null, to = null;
        if (!string.IsNullOrWhiteSpace(years))
        {
            var parts = years.Trim().Split('-', StringSplitOptions.TrimEntries);
            if (parts.Length is 1 or 2 && parts.All(IsYear))
            {
                from = int.Parse(parts[0], CultureInfo.InvariantCulture);
                to = int.Parse(parts[^1], CultureInfo.InvariantCulture);
            }
            if (from is null || from > to)
            {
                problem = new FilterProblem("year", years, null, $"expected a year such as 2023 or a range such as 2020-2024, found '{years}'");
                return false;
            }
        }

        var held = new List<PaperCondition>();
        foreach (var text in conditions ?? [])
        {
            if (!TryCondition(text, out var condition, out problem)) return false;
            if (!held.Contains(condition)) held.Add(condition);
        }

        filter = new PaperFilter(EquatableArray.Own(kept.ToArray()), from, to, EquatableArray.Own(held.ToArray()), completeOnly);
        problem = null;
        return true;
    }

    private static bool IsYear(string text) => text.Length == 4 && text.All(char.IsAsciiDigit);

    private static bool TryCondition(string text, [NotNullWhen(true)] out PaperCondition? condition, [NotNullWhen(false)] out FilterProblem? problem)
    {
        condition = null;
        var equals = text.LastIndexOf('=');
        if (equals <= 0 || equals == text.Length - 1)
        {
            problem = new FilterProblem("where", text, null, $"expected VARIABLE=RESULT, such as \"Open Source Code=Yes\", found '{text}'");
            return false;
        }
        var name = text[..equals].Trim();
        var result = text[(equals + 1)..].Trim();
        var variable = VariableCatalog.Find(name) ?? VariableCatalog.All.FirstOrDefault(v => v.Abbreviation.Equals(name, StringComparison.OrdinalIgnoreCase));
        if (variable is null)
        {
            var nearest = Nearest(name, VariableCatalog.All.Select(v => v.Name));
            problem = new FilterProblem("where", name, nearest,
                $"'{name}' is not one of the nine variables{(nearest is null ? $" ({string.Join(", ", VariableCatalog.All.Select(v => v.Name))})" : $"; did you mean {nearest}?")}");
            return false;
        }
        var value = VariableCatalog.ValueOf(result);
        if (!variable.Allows(value))
        {
            var words = variable.Results.Select(r => r.ToString()).ToArray();
            var nearest = Nearest(result, words);
            problem = new FilterProblem("where", result, nearest,
                $"'{result}' is not a result of {variable.Name} ({string.Join(", ", words)}){(nearest is null ? "" : $"; did you mean {nearest}?")}");
            return false;
        }
        condition = new PaperCondition(variable, value);
        problem = null;
        return true;
    }

    /// <summary>The venue as the Index spells it, when it is one of its venues in another letter case.</summary>
    private static string Canonical(string venue)
    {
        foreach (var known in IndexVenues) if (known.Equals(venue, StringComparison.OrdinalIgnoreCase)) return known;
        return venue;
    }

    /// <summary>The candidate nearest to <paramref name="text"/> in edits (letter case aside), when it is within a third of the text's length.</summary>
    private static string? Nearest(string text, IEnumerable<string> candidates)
    {
        string? best = null;
        var distance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var d = EditDistance.Between(text.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (d < distance) (best, distance) = (candidate, d);
        }
        return distance <= Math.Max(2, text.Length / 3) ? best : null;
    }

    /// <summary>What the filter keeps, in words: <c>venue NeurIPS or ICML; years 2020-2024; Open Source Code = Yes; complete papers only</c>; <c>all papers</c> for <see cref="All"/>.</summary>
    public override string ToString()
    {
        var parts = new List<string>();
        if (Venues.Count > 0) parts.Add("venue " + string.Join(" or ", Venues));
        if (FromYear is { } from) parts.Add(from == ToYear ? $"year {from}" : $"years {from}-{ToYear}");
        parts.AddRange(Conditions.Select(c => c.ToString()));
        if (CompleteOnly) parts.Add("complete papers only");
        return parts.Count == 0 ? "all papers" : string.Join("; ", parts);
    }
}
