using System.Globalization;

namespace GillRepro;

/// <summary>The group a paper falls in under a <see cref="GroupBy"/>, and what groups sort by: the summary and the comparison of labellings group alike.</summary>
internal static class GroupKey
{
    /// <summary>The group's key, and what it sorts by (the venue, then the year).</summary>
    public static (string Key, string Venue, int Year) Of(Paper paper, GroupBy by) => by switch
    {
        GroupBy.Year => (paper.Venue.Year.ToString(CultureInfo.InvariantCulture), "", paper.Venue.Year),
        GroupBy.Venue => (paper.Venue.Name, paper.Venue.Name, 0),
        GroupBy.VenueYear => (paper.Venue.ToString(), paper.Venue.Name, paper.Venue.Year),
        GroupBy.Affiliation => (AffiliationOf(paper), AffiliationOf(paper), 0),
        _ => ("all", "", 0),
    };

    /// <summary>Groups in their reporting order: by venue, then year, then key.</summary>
    public static IOrderedEnumerable<T> Ordered<T>(IEnumerable<T> groups, Func<T, (string Key, string Venue, int Year)> key) => groups
        .OrderBy(g => key(g).Venue, StringComparer.Ordinal)
        .ThenBy(g => key(g).Year)
        .ThenBy(g => key(g).Key, StringComparer.Ordinal);

    private static string AffiliationOf(Paper paper) => paper.Find(VariableKind.ResearcherAffiliation)?.Result.Value switch
    {
        ResultValue.Academia => "academia",
        ResultValue.Collaboration or ResultValue.Industry => "industry",
        _ => "unknown",
    };
}
