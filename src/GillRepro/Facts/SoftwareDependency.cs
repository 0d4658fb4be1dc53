namespace GillRepro.Facts;

/// <summary>
/// A named library, framework, language, solver, simulator or platform the evidence says the work used,
/// with the version it states. Models, datasets and algorithms are not software dependencies.
/// </summary>
public sealed record SoftwareDependency
{
    internal SoftwareDependency(string name, string? version)
    {
        Name = name;
        Version = version;
    }

    /// <summary>The usual spelling (<c>PyTorch</c> for "Py Torch" or "torch"), or the name as written when it is not in the catalogue.</summary>
    public string Name { get; }

    /// <summary>The version as written, without a leading "v" or "version" (<c>1.8.1</c>, <c>R2019a</c>); null when none is stated.</summary>
    public string? Version { get; }

    /// <summary>
    /// The software an evidence text names, each once (with the first version stated for it), in the order
    /// they first appear. Software named only as an example of what is missing ("does not give versions of
    /// libraries such as PyTorch") is left out.
    /// </summary>
    /// <param name="evidence">Any text; usually a Software Dependencies row's evidence.</param>
    public static EquatableArray<SoftwareDependency> FindAll(string evidence) => SoftwareReader.Read(evidence);

    /// <inheritdoc />
    public override string ToString() => Version is null ? Name : $"{Name} {Version}";
}
