namespace GillRepro.Facts;

/// <summary>
/// What a group's evidence says its papers ran on and shared (<c>summary --facts</c>): papers naming a
/// device, the most named device models and software, and of the papers whose Open Source Code is
/// <c>Yes</c>, how many give a link; of all papers, how many only promise code or anonymize it.
/// </summary>
public sealed record FactFigures
{
    internal FactFigures(Proportion namingDevice, EquatableArray<NamedProportion> devices, EquatableArray<NamedProportion> software, Proportion codeYesWithLink, Proportion promised, Proportion anonymized)
    {
        NamingDevice = namingDevice;
        Devices = devices;
        Software = software;
        CodeYesWithLink = codeYesWithLink;
        Promised = promised;
        Anonymized = anonymized;
    }

    /// <summary>Papers whose hardware evidence names a device, of the group's papers.</summary>
    public Proportion NamingDevice { get; }

    /// <summary>The device models named by most papers, most first (at most <see cref="FactFigures.Top"/>).</summary>
    public EquatableArray<NamedProportion> Devices { get; }

    /// <summary>The software named by most papers, most first (at most <see cref="FactFigures.Top"/>).</summary>
    public EquatableArray<NamedProportion> Software { get; }

    /// <summary>Papers whose Open Source Code is Yes and whose evidence gives a link, of those whose Open Source Code is Yes.</summary>
    public Proportion CodeYesWithLink { get; }

    /// <summary>Papers whose code evidence only promises code, of the group's papers.</summary>
    public Proportion Promised { get; }

    /// <summary>Papers whose code evidence hides the link for review, of the group's papers.</summary>
    public Proportion Anonymized { get; }

    /// <summary>How many device models and software names a group lists.</summary>
    public const int Top = 10;
}
