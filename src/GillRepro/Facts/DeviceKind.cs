using System.Text.Json.Serialization;

namespace GillRepro.Facts;

/// <summary>What kind of processor a <see cref="Device"/> is.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DeviceKind>))]
public enum DeviceKind
{
    /// <summary>A graphics processor: NVIDIA's Tesla, GeForce, Quadro and data-centre cards, AMD's Radeon and Instinct, integrated graphics.</summary>
    GPU = 1,

    /// <summary>A central processor: Intel Xeon and Core, AMD EPYC, Ryzen and Opteron, Apple's M chips.</summary>
    CPU,

    /// <summary>A Google tensor processing unit.</summary>
    TPU,

    /// <summary>Any other named processor: a Jetson board, a Graphcore IPU, a Raspberry Pi.</summary>
    [JsonStringEnumMemberName("other")]
    Other,
}
