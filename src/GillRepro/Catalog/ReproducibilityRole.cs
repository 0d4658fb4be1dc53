namespace GillRepro.Catalog;

/// <summary>What a variable does in the Reproducibility Score R.</summary>
public enum ReproducibilityRole
{
    /// <summary>Nothing: R does not read it.</summary>
    None = 0,

    /// <summary>Code shared: with data, R = 0.86.</summary>
    Code,

    /// <summary>Data shared: alone, R = 0.33; with code, 0.86.</summary>
    Data,
}
