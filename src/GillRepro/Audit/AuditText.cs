namespace GillRepro.Audit;

/// <summary>One evidence as the rules read it: folded once (<see cref="EvidenceText"/>), with its facts read when a rule asks.</summary>
internal sealed class AuditText(string evidence)
{
    public string Original { get; } = evidence;

    public string Text { get; } = EvidenceText.Fold(evidence);

    public CodeFacts Code => field ??= CodeFacts.Of(Original);

    public EquatableArray<Device> Devices => _devices ??= Device.FindAll(Original);
    private EquatableArray<Device>? _devices;

    public EquatableArray<SoftwareDependency> Software => _software ??= SoftwareDependency.FindAll(Original);
    private EquatableArray<SoftwareDependency>? _software;

    /// <summary>What a rule about something missing quotes: the evidence's start.</summary>
    public string Start => Original.Length <= 200 ? Original : Original[..200] + "…";
}
