namespace GillRepro.Facts;

/// <summary>
/// What a group's evidence says its papers ran on and shared (<c>summary --facts</c>): papers naming a
/// device, the most named device models and software, and of the papers whose Open Source Code is
/// <c>Yes</c>, how many give a link; of all papers, how many only promise code or anonymize it.
/// </summary>
/// <param name="NamingDevice">Papers whose hardware evidence names a device, of the group's papers.</param>
/// <param name="Devices">The device models named by most papers, most first (at most <see cref="FactFigures.Top"/>).</param>
/// <param name="Software">The software named by most papers, most first (at most <see cref="FactFigures.Top"/>).</param>
/// <param name="CodeYesWithLink">Papers whose Open Source Code is Yes and whose evidence gives a link, of those whose Open Source Code is Yes.</param>
/// <param name="Promised">Papers whose code evidence only promises code, of the group's papers.</param>
/// <param name="Anonymized">Papers whose code evidence hides the link for review, of the group's papers.</param>
public sealed record FactFigures(
    Proportion NamingDevice,
    EquatableArray<NamedProportion> Devices,
    EquatableArray<NamedProportion> Software,
    Proportion CodeYesWithLink,
    Proportion Promised,
    Proportion Anonymized)
{
    /// <summary>How many device models and software names a group lists.</summary>
    public const int Top = 10;
}
