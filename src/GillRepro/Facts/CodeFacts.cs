namespace GillRepro.Facts;

/// <summary>
/// What an Open Source Code evidence says of the paper's code: the addresses it gives, their hosts, and
/// whether the code is hidden for review or only promised.
/// </summary>
/// <param name="Links">Every URL or repository address, as written, with the spaces a PDF put inside it taken out and without footnote markers or the sentence's punctuation.</param>
/// <param name="Hosts">The host of each link, lower case, without <c>www.</c>, each once, in order of first appearance.</param>
/// <param name="Anonymized">True when the code's address is hidden or anonymized for review.</param>
/// <param name="Promised">True when the code is only promised for later ("will be released", "upon acceptance", "upon request").</param>
public sealed record CodeFacts(EquatableArray<string> Links, EquatableArray<string> Hosts, bool Anonymized, bool Promised)
{
    /// <summary>No links, not anonymized, not promised: what an empty evidence says.</summary>
    public static CodeFacts None { get; } = new([], [], false, false);

    /// <summary>Every URL or repository address, as written.</summary>
    public EquatableArray<string> Links { get; init => field = EquatableArray.NoNulls(value, nameof(Links)); } = EquatableArray.NoNulls(Links, nameof(Links));

    /// <summary>The host of each link, lower case, without <c>www.</c>, each once.</summary>
    public EquatableArray<string> Hosts { get; init => field = EquatableArray.NoNulls(value, nameof(Hosts)); } = EquatableArray.NoNulls(Hosts, nameof(Hosts));

    /// <summary>What an evidence text says of code.</summary>
    /// <param name="evidence">Any text; usually an Open Source Code row's evidence.</param>
    public static CodeFacts Of(string evidence) => CodeReader.Read(evidence);
}
