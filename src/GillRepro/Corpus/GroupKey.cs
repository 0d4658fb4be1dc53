using System.Globalization;
using System.Text.Json.Serialization;

namespace GillRepro.Corpus;

/// <summary>
/// The group a paper falls in: its venue, its year, both, or its researchers' affiliation, as the
/// <see cref="Grouping"/> asked for; each part the grouping does not use is null. <see cref="Text"/> says
/// it as the Index's tables do: <c>2023</c>, <c>NeurIPS</c>, <c>NeurIPS 2023</c>, <c>academia</c>, <c>all</c>.
/// </summary>
public sealed record GroupKey
{
    internal GroupKey(string? venue, int? year, string? affiliation)
    {
        Venue = venue;
        Year = year;
        Affiliation = affiliation;
    }

    /// <summary>The key of one group of every paper.</summary>
    internal static GroupKey All { get; } = new(null, null, null);

    /// <summary>The venue, such as <c>NeurIPS</c>; null unless the papers are grouped by venue.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Venue { get; }

    /// <summary>The year; null unless the papers are grouped by year.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Year { get; }

    /// <summary>
    /// The researchers' affiliation as the Index groups it: <c>academia</c> (Academia), <c>industry</c>
    /// (Collaboration or Industry) or <c>unknown</c> (any other result, or none); null unless the papers are
    /// grouped by affiliation.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Affiliation { get; }

    /// <summary>The key as the Index's tables write it.</summary>
    [JsonPropertyOrder(-1)]
    public string Text => (Venue, Year, Affiliation) switch
    {
        ({ } venue, { } year, _) => string.Create(CultureInfo.InvariantCulture, $"{venue} {year:D4}"),
        ({ } venue, null, _) => venue,
        (null, { } year, _) => year.ToString(CultureInfo.InvariantCulture),
        (_, _, { } affiliation) => affiliation,
        _ => "all",
    };

    /// <inheritdoc cref="Text" />
    public override string ToString() => Text;
}
