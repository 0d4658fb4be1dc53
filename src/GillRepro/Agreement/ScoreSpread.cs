namespace GillRepro.Agreement;

/// <summary>A compared paper whose D or R is not the same under every labelling.</summary>
public sealed record ScoreSpread
{
    internal ScoreSpread(Venue venue, string title, EquatableArray<int> documentation, EquatableArray<double> reproducibility)
    {
        Venue = venue;
        Title = title;
        DocumentationScores = documentation;
        ReproducibilityScores = reproducibility;
    }

    /// <summary>The paper's venue and year.</summary>
    public Venue Venue { get; }

    /// <summary>The paper's title, as the first labelling writes it.</summary>
    public string Title { get; }

    /// <summary>D under each labelling, in the labellings' order.</summary>
    public EquatableArray<int> DocumentationScores { get; }

    /// <summary>R under each labelling, in the labellings' order.</summary>
    public EquatableArray<double> ReproducibilityScores { get; }

    /// <summary>How far D spreads: the largest D minus the smallest.</summary>
    public int DocumentationSpread => DocumentationScores.Max() - DocumentationScores.Min();
}
