namespace GillRepro.Corpus;

/// <summary>Where a copy stands among the copies of its paper met so far.</summary>
public enum CopyStanding
{
    /// <summary>The first copy of its paper: it counts.</summary>
    First = 0,

    /// <summary>A better copy than the one counted so far (complete where that was not, or with fewer errors): it counts instead.</summary>
    Replaces,

    /// <summary>Another copy, no better than the one counted: it does not count.</summary>
    NotCounted,
}
