namespace GillRepro.Parsing;

/// <summary>
/// Appending to an array that becomes the result as it is, without a final copy. It starts at room for a
/// real table; a table that outgrows 64 rows is the rare huge document, and the array then grows once
/// to the number of lines left in the source, so a document of any size allocates its rows about once
/// instead of doubling through the large object heap.
/// </summary>
internal static class Growth
{
    public const int InitialCapacity = 12;

    public static void Add<T>(ref T[] items, ref int count, in T item, string source, int rest)
    {
        if (count == items.Length) items = Grown(items, source, rest);
        items[count++] = item;
    }

    private static T[] Grown<T>(T[] items, string source, int rest)
    {
        var capacity = items.Length * 2;
        if (items.Length >= 64 && rest < source.Length)
        {
            capacity = Math.Max(capacity, items.Length + source.AsSpan(rest).Count('\n') + 1);
        }
        Array.Resize(ref items, capacity);
        return items;
    }
}
