namespace GillRepro.Facts;

/// <summary>One year of a <see cref="FactTrend"/>.</summary>
public sealed record FactTrendYear
{
    internal FactTrendYear(int year, int papers, EquatableArray<Proportion> shares)
    {
        Year = year;
        Papers = papers;
        Shares = shares;
    }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>The year's papers.</summary>
    public int Papers { get; }

    /// <summary>Per series of <see cref="FactTrend.Series"/>, in its order: the year's papers naming it, of the year's papers.</summary>
    public EquatableArray<Proportion> Shares { get; }
}
