namespace GillRepro.Agreement;

/// <summary>A compared paper whose D or R differs between the labelling and the reference.</summary>
public sealed record ScoreChange
{
    internal ScoreChange(Venue venue, string title, PaperScore labelling, PaperScore reference)
    {
        Venue = venue;
        Title = title;
        DocumentationScore = labelling.DocumentationScore;
        ReferenceDocumentationScore = reference.DocumentationScore;
        ReproducibilityScore = labelling.ReproducibilityScore;
        ReferenceReproducibilityScore = reference.ReproducibilityScore;
    }

    /// <summary>The paper's venue and year.</summary>
    public Venue Venue { get; }

    /// <summary>The paper's title, as the labelling writes it.</summary>
    public string Title { get; }

    /// <summary>D under the labelling.</summary>
    public int DocumentationScore { get; }

    /// <summary>D under the reference.</summary>
    public int ReferenceDocumentationScore { get; }

    /// <summary>R under the labelling.</summary>
    public double ReproducibilityScore { get; }

    /// <summary>R under the reference.</summary>
    public double ReferenceReproducibilityScore { get; }

    /// <summary>How D moves from the labelling to the reference: the reference's D minus the labelling's.</summary>
    public int DocumentationChange => ReferenceDocumentationScore - DocumentationScore;
}
