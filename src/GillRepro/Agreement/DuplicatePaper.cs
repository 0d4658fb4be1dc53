namespace GillRepro.Agreement;

/// <summary>A paper one labelling holds more than once: compared as its first copy, and reported here.</summary>
public sealed record DuplicatePaper
{
    internal DuplicatePaper(string labelling, Venue venue, string title, EquatableArray<string> sources)
    {
        Labelling = labelling;
        Venue = venue;
        Title = title;
        Sources = sources;
    }

    /// <summary>The labelling that holds it twice or more.</summary>
    public string Labelling { get; }

    /// <summary>The paper's venue and year.</summary>
    public Venue Venue { get; }

    /// <summary>The paper's title, as its first copy writes it.</summary>
    public string Title { get; }

    /// <summary>Where each copy is (its source, or its position in the labelling), the one compared first.</summary>
    public EquatableArray<string> Sources { get; }
}
