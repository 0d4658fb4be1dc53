namespace GillRepro.Scoring;

/// <summary>
/// The base rates behind the Reproducibility Score (Gundersen et al., AAAI-25): of the papers whose
/// replication was attempted, 6 of 7 that shared code and data and 5 of 15 that shared data only were
/// reproduced. The Index prints them as 0.86 and 0.33; group intervals use their 95% Wilson intervals.
/// </summary>
internal static class ReproducibilityRates
{
    public const double CodeAndData = 0.86;
    public const double DataOnly = 0.33;

    public static readonly (double Low, double High) CodeAndDataInterval = Wilson(6, 7);
    public static readonly (double Low, double High) DataOnlyInterval = Wilson(5, 15);

    /// <summary>The 95% Wilson score interval of <paramref name="successes"/> out of <paramref name="trials"/>.</summary>
    public static (double Low, double High) Wilson(int successes, int trials, double z = 1.959963984540054)
    {
        if (trials <= 0) throw new ArgumentOutOfRangeException(nameof(trials), trials, "Trials must be positive.");
        var p = (double)successes / trials;
        var z2 = z * z;
        var denominator = 1 + z2 / trials;
        var centre = (p + z2 / (2 * trials)) / denominator;
        var margin = z * Math.Sqrt(p * (1 - p) / trials + z2 / (4d * trials * trials)) / denominator;
        return (centre - margin, centre + margin);
    }
}
