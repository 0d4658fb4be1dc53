namespace GillRepro.Agreement;

/// <summary>A paper found in some labellings only: left out of every figure, never silently.</summary>
public sealed record UnmatchedPaper
{
    internal UnmatchedPaper(Venue venue, string title, EquatableArray<string> foundIn, EquatableArray<string> missingFrom)
    {
        Venue = venue;
        Title = title;
        FoundIn = foundIn;
        MissingFrom = missingFrom;
    }

    /// <summary>The paper's venue and year.</summary>
    public Venue Venue { get; }

    /// <summary>The paper's title, as the first labelling holding it writes it.</summary>
    public string Title { get; }

    /// <summary>The labellings that hold it.</summary>
    public EquatableArray<string> FoundIn { get; }

    /// <summary>The labellings that do not.</summary>
    public EquatableArray<string> MissingFrom { get; }
}
