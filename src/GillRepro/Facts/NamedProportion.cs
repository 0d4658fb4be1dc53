namespace GillRepro.Facts;

/// <summary>How many papers of a group name a device model or a piece of software.</summary>
public sealed record NamedProportion
{
    internal NamedProportion(string name, Proportion proportion)
    {
        Name = name;
        Proportion = proportion;
    }

    /// <summary>The model or the software's name.</summary>
    public string Name { get; }

    /// <summary>Papers naming it, of the group's papers.</summary>
    public Proportion Proportion { get; }
}
