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

    private const int Slack = 16;

    /// <summary>Appends <paramref name="item"/>, read from the line that starts at <paramref name="line"/>.</summary>
    public static void Add<T>(ref T[] items, ref int count, in T item, string source, int line)
    {
        if (count == items.Length) items = Grown(items, source, line);
        items[count++] = item;
    }

    private static T[] Grown<T>(T[] items, string source, int line)
    {
        var capacity = items.Length * 2;
        if (items.Length >= 64)
        {
            // This line and every one after it (one per line end, and a last line without one), and
            // room for the few diagnostics a lenient table adds once its lines are read.
            capacity = Math.Max(capacity, items.Length + source.AsSpan(line).Count('\n') + 1 + Slack);
        }
        Array.Resize(ref items, capacity);
        return items;
    }
}
