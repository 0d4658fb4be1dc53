namespace GillRepro;

/// <summary>
/// One labelling of a set of papers to compare with others (<see cref="Scorecard.Compare"/>): the papers as
/// one labeller classified them (people, an LLM run, the Index), with a name for reports.
/// </summary>
public sealed record Labelling
{
    /// <summary>Creates a labelling.</summary>
    /// <param name="name">A name for reports, such as <c>human</c> or <c>run-1</c>.</param>
    /// <param name="papers">The papers as this labeller classified them.</param>
    /// <param name="sources">Where each paper came from (a file), in the order of <paramref name="papers"/>, to name in errors; optional.</param>
    /// <exception cref="ArgumentException">The name is empty, or the sources do not match the papers one to one.</exception>
    public Labelling(string name, IReadOnlyList<Paper> papers, IReadOnlyList<string>? sources = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Papers = Sequence.Freeze(papers, nameof(papers));
        Sources = sources is null ? Sequence.Empty<string>() : Sequence.Freeze(sources, nameof(sources));
        if (Sources.Count != 0 && Sources.Count != Papers.Count)
            throw new ArgumentException($"A labelling's sources name its papers one to one: {Papers.Count} papers, {Sources.Count} sources.", nameof(sources));
        Name = name;
    }

    /// <summary>The labelling's name.</summary>
    public string Name { get; }

    /// <summary>The papers.</summary>
    public IReadOnlyList<Paper> Papers { get; }

    /// <summary>Where each paper came from, or empty when not given.</summary>
    public IReadOnlyList<string> Sources { get; }

    /// <summary>Where paper <paramref name="index"/> came from: its source, or its position.</summary>
    internal string Describe(int index) => Sources.Count > 0 ? Sources[index] : $"paper {index + 1}";

    /// <inheritdoc />
    public bool Equals(Labelling? other) =>
        other is not null && Name == other.Name && Sequence.Equal(Papers, other.Papers) && Sequence.Equal(Sources, other.Sources);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Sequence.Hash(Papers));
}
