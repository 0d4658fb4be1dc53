using System.Text.Json.Serialization;

namespace GillRepro;

/// <summary>Where and when a paper appeared, as the venue line prints it: <c>NeurIPS 2023</c>.</summary>
/// <param name="Name">The venue, such as <c>NeurIPS</c>, <c>AAAI</c> or <c>JMLR</c>; it may hold spaces.</param>
/// <param name="Year">The year of the venue.</param>
public sealed record Venue(string Name, int Year)
{
    /// <summary>The venue, such as <c>NeurIPS</c>, <c>AAAI</c> or <c>JMLR</c>; it may hold spaces.</summary>
    [JsonPropertyOrder(-1)]
    public string Name { get; init => field = value ?? throw new ArgumentNullException(nameof(Name)); } = Name ?? throw new ArgumentNullException(nameof(Name));

    /// <summary>The venue and year as printed: <c>NeurIPS 2023</c>.</summary>
    public override string ToString() => $"{Name} {Year}";
}
