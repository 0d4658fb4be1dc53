namespace GillRepro;

/// <summary>What a result cell means. Anything the Index does not define is <see cref="Unrecognised"/> and kept as written.</summary>
public enum ResultValue
{
    /// <summary>Any other text, such as <c>N/A</c> (a missing value), <c>-1</c> (unknown affiliation) or <c>2</c>.</summary>
    Unrecognised = 0,

    /// <summary><c>Yes</c>: the paper meets the variable.</summary>
    Yes,

    /// <summary><c>No</c>: the paper does not meet the variable.</summary>
    No,

    /// <summary><c>Experimental</c>: an empirical paper (Research Type).</summary>
    Experimental,

    /// <summary><c>Theoretical</c>: a paper without experiments (Research Type).</summary>
    Theoretical,

    /// <summary><c>Academia</c> (Researcher Affiliation).</summary>
    Academia,

    /// <summary><c>Collaboration</c>: academia and industry together (Researcher Affiliation).</summary>
    Collaboration,

    /// <summary><c>Industry</c> (Researcher Affiliation).</summary>
    Industry,
}
