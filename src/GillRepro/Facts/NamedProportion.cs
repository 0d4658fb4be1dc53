namespace GillRepro.Facts;

/// <summary>How many papers of a group name a device model or a piece of software.</summary>
/// <param name="Name">The model or the software's name.</param>
/// <param name="Proportion">Papers naming it, of the group's papers.</param>
public sealed record NamedProportion(string Name, Proportion Proportion);
