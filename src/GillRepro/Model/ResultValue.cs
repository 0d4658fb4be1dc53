namespace GillRepro.Model;

/// <summary>
/// What a result cell means. Each name is the word the Index writes (<c>Yes</c>, <c>Experimental</c>, ...),
/// recognised in any letter case; anything else is <see cref="Unrecognized"/> and kept as written.
/// </summary>
public enum ResultValue
{
    /// <summary>Any other text, such as <c>N/A</c> (a missing value), <c>-1</c> (unknown affiliation) or <c>2</c>.</summary>
    Unrecognized = 0,

    /// <summary>The paper meets the variable.</summary>
    Yes,

    /// <summary>The paper does not meet the variable.</summary>
    No,

    /// <summary>An empirical paper; only these enter group figures.</summary>
    Experimental,

    /// <summary>A paper without experiments.</summary>
    Theoretical,

    /// <summary>Every author in academia.</summary>
    Academia,

    /// <summary>Academia and industry together.</summary>
    Collaboration,

    /// <summary>Every author in industry.</summary>
    Industry,
}
