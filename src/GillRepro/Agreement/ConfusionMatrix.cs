namespace GillRepro.Agreement;

/// <summary>The counts of each pair of results two labellings give the same papers.</summary>
public sealed record ConfusionMatrix
{
    internal ConfusionMatrix(EquatableArray<string> results, EquatableArray<EquatableArray<int>> counts)
    {
        Results = results;
        Counts = counts;
    }

    /// <summary>The results found in either labelling: the Index's words in its order, then any other, in ordinal order.</summary>
    public EquatableArray<string> Results { get; }

    /// <summary><c>Counts[i][j]</c>: the papers the labelling gives <c>Results[i]</c> and the reference <c>Results[j]</c>.</summary>
    public EquatableArray<EquatableArray<int>> Counts { get; }
}
