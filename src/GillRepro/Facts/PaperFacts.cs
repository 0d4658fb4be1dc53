namespace GillRepro.Facts;

/// <summary>
/// What a paper's evidence says it ran on and shared, read from the evidence of the matching variable
/// whatever its result: code from Open Source Code, devices from Hardware Specification, software from
/// Software Dependencies. Each fact comes from text the classifier quoted from the paper, so it can be
/// checked against that text (<see cref="Evidence"/>).
/// </summary>
public sealed record PaperFacts
{
    internal PaperFacts(CodeFacts code, EquatableArray<Device> hardware, EquatableArray<SoftwareDependency> software)
    {
        Code = code;
        Hardware = hardware;
        Software = software;
    }

    /// <summary>Links, hosts, and whether the code is anonymized or only promised.</summary>
    public CodeFacts Code { get; }

    /// <summary>The devices named, each model once.</summary>
    public EquatableArray<Device> Hardware { get; }

    /// <summary>The software dependencies named, each once, with their versions.</summary>
    public EquatableArray<SoftwareDependency> Software { get; }

    /// <summary>The facts of a paper, from the evidence of its Open Source Code, Hardware Specification and Software Dependencies rows (the first of each; a missing row gives none).</summary>
    /// <param name="paper">A parsed or built paper.</param>
    public static PaperFacts Of(Paper paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        var code = paper.Find(VariableKind.OpenSourceCode)?.Evidence.Text;
        var hardware = paper.Find(VariableKind.HardwareSpecification)?.Evidence.Text;
        var software = paper.Find(VariableKind.SoftwareDependencies)?.Evidence.Text;
        return new PaperFacts(
            string.IsNullOrEmpty(code) ? CodeFacts.None : CodeFacts.Of(code),
            string.IsNullOrEmpty(hardware) ? [] : Device.FindAll(hardware),
            string.IsNullOrEmpty(software) ? [] : SoftwareDependency.FindAll(software));
    }
}
