namespace GillRepro.Facts;

/// <summary>
/// A processor the evidence says the work ran on, named by its model as people write it: vendor, memory
/// size, form factor and clock dropped ("NVIDIA Tesla V100-SXM2 32GB" is <c>V100</c>, "Intel Xeon
/// E5-2650 v2 @ 2.60GHz" is <c>Xeon E5-2650 v2</c>).
/// </summary>
/// <param name="Kind">GPU, CPU, TPU or other.</param>
/// <param name="Model">The model, or the family when no model is given (<c>Xeon</c>, <c>Titan</c>).</param>
/// <param name="Count">How many the evidence states ("8 A100 GPUs" is 8, "a single V100" 1); null when it states none.</param>
public sealed record Device(DeviceKind Kind, string Model, int? Count)
{
    /// <summary>The model, or the family when no model is given.</summary>
    public string Model { get; init => field = value ?? throw new ArgumentNullException(nameof(Model)); } = Model ?? throw new ArgumentNullException(nameof(Model));

    /// <summary>
    /// The devices an evidence text names, each model once (with the first count stated for it), in the
    /// order they first appear. A generic "a GPU" or "a 3.00 GHz CPU" names none.
    /// </summary>
    /// <param name="evidence">Any text; usually a Hardware Specification row's evidence.</param>
    public static EquatableArray<Device> FindAll(string evidence) => DeviceReader.Read(evidence);

    /// <inheritdoc />
    public override string ToString() => Count is { } count ? $"{count}x {Model}" : Model;
}
