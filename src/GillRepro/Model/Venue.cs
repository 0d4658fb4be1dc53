using System.Text.Json.Serialization;

namespace GillRepro.Model;

/// <summary>Where and when a paper appeared, as the venue line prints it: <c>NeurIPS 2023</c>.</summary>
public sealed record Venue
{
    /// <summary>Creates a venue.</summary>
    /// <param name="name">The venue, such as <c>NeurIPS</c>, <c>AAAI</c> or <c>JMLR</c>; it may hold spaces.</param>
    /// <param name="year">The year, from 0 to 9999: the venue line prints it with four digits.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> has more than four digits or is negative.</exception>
    public Venue(string name, int year)
    {
        Name = name;
        Year = year;
    }

    /// <summary>The venue, such as <c>NeurIPS</c>, <c>AAAI</c> or <c>JMLR</c>; it may hold spaces.</summary>
    [JsonPropertyOrder(-1)]
    public string Name { get; init => field = value ?? throw new ArgumentNullException(nameof(Name)); }

    /// <summary>The year, from 0 to 9999.</summary>
    public int Year
    {
        get;
        init => field = value is >= 0 and <= 9999 ? value : throw new ArgumentOutOfRangeException(nameof(Year), value, "A venue's year has at most four digits.");
    }

    /// <summary>The venue and year as printed: <c>NeurIPS 2023</c>.</summary>
    public override string ToString() => $"{Name} {Year:D4}";
}
