namespace GillRepro.Catalog;

/// <summary>How far apart two words are, for naming the nearest valid value when a user misspells one (a profile's variable, a filter's venue).</summary>
internal static class EditDistance
{
    /// <summary>The Levenshtein distance: the fewest insertions, deletions and substitutions from one to the other.</summary>
    public static int Between(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
