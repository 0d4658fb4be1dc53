namespace GillRepro.Corpus;

/// <summary>The group a paper falls in under a <see cref="Grouping"/>, and the order groups are reported in: the summary and the comparisons of labellings group alike.</summary>
internal static class Groups
{
    /// <summary>The group's key.</summary>
    public static GroupKey Of(Paper paper, Grouping by) => by switch
    {
        Grouping.Year => new GroupKey(null, paper.Venue.Year, null),
        Grouping.Venue => new GroupKey(paper.Venue.Name, null, null),
        Grouping.VenueYear => new GroupKey(paper.Venue.Name, paper.Venue.Year, null),
        Grouping.Affiliation => new GroupKey(null, null, AffiliationOf(paper)),
        _ => GroupKey.All,
    };

    /// <summary>Groups in their reporting order: by venue, then year, then affiliation.</summary>
    public static IOrderedEnumerable<T> Ordered<T>(IEnumerable<T> groups, Func<T, GroupKey> key) => groups
        .OrderBy(g => key(g).Venue ?? "", StringComparer.Ordinal)
        .ThenBy(g => key(g).Year ?? 0)
        .ThenBy(g => key(g).Affiliation ?? "", StringComparer.Ordinal);

    private static string AffiliationOf(Paper paper) => paper.Find(VariableKind.ResearcherAffiliation)?.Result.Value switch
    {
        ResultValue.Academia => "academia",
        ResultValue.Collaboration or ResultValue.Industry => "industry",
        _ => "unknown",
    };
}
