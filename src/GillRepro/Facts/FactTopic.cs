namespace GillRepro.Facts;

/// <summary>Which facts a <see cref="FactTrend"/> follows.</summary>
public enum FactTopic
{
    /// <summary>The device models papers name (Hardware Specification evidence).</summary>
    Hardware = 1,

    /// <summary>The software papers name (Software Dependencies evidence).</summary>
    Software,

    /// <summary>Papers giving a code link, only promising code, or anonymizing it (Open Source Code evidence).</summary>
    Code,
}
