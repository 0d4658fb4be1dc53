namespace GillRepro.Facts;

/// <summary>
/// A processor the evidence says the work ran on, named by its model as people write it: vendor, memory
/// size, form factor and clock dropped ("NVIDIA Tesla V100-SXM2 32GB" is <c>V100</c>, "Intel Xeon
/// E5-2650 v2 @ 2.60GHz" is <c>Xeon E5-2650 v2</c>).
/// </summary>
public sealed record Device
{
    internal Device(DeviceKind kind, string model, int? count)
    {
        Kind = kind;
        Model = model;
        Count = count;
    }

    /// <summary>GPU, CPU, TPU or other.</summary>
    public DeviceKind Kind { get; }

    /// <summary>The model, or the family when no model is given (<c>Xeon</c>, <c>Titan</c>).</summary>
    public string Model { get; }

    /// <summary>How many the evidence states ("8 A100 GPUs" is 8, "a single V100" 1); null when it states none.</summary>
    public int? Count { get; }

    /// <summary>
    /// The devices an evidence text names, each model once (with the first count stated for it), in the
    /// order they first appear. A generic "a GPU" or "a 3.00 GHz CPU" names none.
    /// </summary>
    /// <param name="evidence">Any text; usually a Hardware Specification row's evidence.</param>
    public static EquatableArray<Device> FindAll(string evidence) => DeviceReader.Read(evidence);

    /// <inheritdoc />
    public override string ToString() => Count is { } count ? $"{count}x {Model}" : Model;
}
