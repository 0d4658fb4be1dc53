namespace GillRepro.Agreement;

/// <summary>
/// One labelling of a set of papers to compare with others (<see cref="LabellingComparison"/>, <see cref="Stability"/>):
/// the papers as one labeller classified them (people, an LLM run, the Index), with a name for reports.
/// </summary>
public sealed record Labelling
{
    /// <summary>Creates a labelling.</summary>
    /// <param name="name">A name for reports, such as <c>human</c> or <c>run-1</c>.</param>
    /// <param name="papers">The papers as this labeller classified them.</param>
    /// <param name="sources">Where each paper came from (a file), in the order of <paramref name="papers"/>, to name in reports; optional.</param>
    /// <exception cref="ArgumentException">The name is empty, or the sources do not match the papers one to one.</exception>
    public Labelling(string name, EquatableArray<Paper> papers, EquatableArray<string> sources = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Papers = EquatableArray.NoNulls(papers, nameof(papers));
        Sources = EquatableArray.NoNulls(sources, nameof(sources));
        if (Sources.Count != 0 && Sources.Count != Papers.Count)
            throw new ArgumentException($"A labelling's sources name its papers one to one: {Papers.Count} papers, {Sources.Count} sources.", nameof(sources));
        Name = name;
    }

    /// <summary>The labelling's name.</summary>
    public string Name { get; }

    /// <summary>The papers.</summary>
    public EquatableArray<Paper> Papers { get; }

    /// <summary>Where each paper came from, or empty when not given.</summary>
    public EquatableArray<string> Sources { get; }

    /// <summary>Where paper <paramref name="index"/> came from: its source, or its position.</summary>
    internal string Describe(int index) => Sources.Count > 0 ? Sources[index] : $"paper {index + 1}";
}
