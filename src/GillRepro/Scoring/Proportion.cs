using System.Text.Json.Serialization;

namespace GillRepro.Scoring;

/// <summary>
/// How many of how many: a count, its total, its share, and where one was computed, the share's 95% Wilson
/// interval. Every figure of the library that is a count with its share is one of these.
/// </summary>
public sealed record Proportion
{
    internal Proportion(int count, int total, bool interval = false)
    {
        Count = count;
        Total = total;
        if (interval && total > 0) (Low, High) = ReproducibilityRates.Wilson(count, total);
    }

    /// <summary>How many.</summary>
    public int Count { get; }

    /// <summary>Of how many.</summary>
    public int Total { get; }

    /// <summary><see cref="Count"/> over <see cref="Total"/>, from 0 to 1; 0 when the total is 0.</summary>
    public double Share => Total == 0 ? 0 : (double)Count / Total;

    /// <summary>The lower end of the share's 95% Wilson interval; null where none was computed or the total is 0.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Low { get; }

    /// <summary>The upper end of the share's 95% Wilson interval; null where none was computed or the total is 0.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? High { get; }

    /// <summary><c>1758 of 2974 (59.11%)</c>.</summary>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Count} of {Total} ({Share:0.00%})");
}
