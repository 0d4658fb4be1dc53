namespace GillRepro.Facts;

/// <summary>
/// What an Open Source Code evidence says of the paper's code: the addresses it gives, their hosts, and
/// whether the code is hidden for review or only promised.
/// </summary>
public sealed record CodeFacts
{
    internal CodeFacts(EquatableArray<string> links, EquatableArray<string> hosts, bool anonymized, bool promised)
    {
        Links = links;
        Hosts = hosts;
        Anonymized = anonymized;
        Promised = promised;
    }

    /// <summary>Every URL or repository address, as written, with the spaces a PDF put inside it taken out and without footnote markers or the sentence's punctuation.</summary>
    public EquatableArray<string> Links { get; }

    /// <summary>The host of each link, lower case, without <c>www.</c>, each once, in order of first appearance.</summary>
    public EquatableArray<string> Hosts { get; }

    /// <summary>True when the code's address is hidden or anonymized for review.</summary>
    public bool Anonymized { get; }

    /// <summary>True when the code is only promised for later ("will be released", "upon acceptance", "upon request").</summary>
    public bool Promised { get; }

    /// <summary>No links, not anonymized, not promised: what an empty evidence says.</summary>
    public static CodeFacts None { get; } = new([], [], false, false);



    /// <summary>What an evidence text says of code.</summary>
    /// <param name="evidence">Any text; usually an Open Source Code row's evidence.</param>
    public static CodeFacts Of(string evidence) => CodeReader.Read(evidence);
}
