using System.Text.Json.Serialization;

namespace GillRepro.Facts;

/// <summary>
/// A paper's facts with what names the paper: the file it was read from, its title, venue and year. One
/// row of <c>gillrepro facts</c>; its JSON has the fields <c>file</c>, <c>title</c>, <c>venue</c>,
/// <c>year</c>, <c>code</c>, <c>hardware</c> and <c>software</c>.
/// </summary>
public sealed record FactSheet
{
    private FactSheet(string? file, Paper paper, PaperFacts facts)
    {
        File = file;
        Title = paper.Title;
        Venue = paper.Venue.Name;
        Year = paper.Venue.Year;
        Code = facts.Code;
        Hardware = facts.Hardware;
        Software = facts.Software;
    }

    /// <summary>The facts of a paper (<see cref="PaperFacts.Of"/>), with its file, title, venue and year.</summary>
    /// <param name="paper">A parsed or built paper.</param>
    /// <param name="file">Where the paper was read from; null for none.</param>
    public static FactSheet Of(Paper paper, string? file = null)
    {
        ArgumentNullException.ThrowIfNull(paper);
        return new FactSheet(file, paper, PaperFacts.Of(paper));
    }

    /// <summary>Where the paper was read from; left out of JSON when null.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? File { get; }

    /// <summary>The paper's title.</summary>
    public string Title { get; }

    /// <summary>The venue's name, such as <c>NeurIPS</c>.</summary>
    public string Venue { get; }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>Links, hosts, and whether the code is anonymized or only promised.</summary>
    public CodeFacts Code { get; }

    /// <summary>The devices named, each model once.</summary>
    public EquatableArray<Device> Hardware { get; }

    /// <summary>The software dependencies named, each once, with their versions.</summary>
    public EquatableArray<SoftwareDependency> Software { get; }
}
