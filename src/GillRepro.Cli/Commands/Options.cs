using System.CommandLine;

namespace GillRepro.Cli.Commands;

/// <summary>Options that several commands share.</summary>
internal static class Options
{
    private static readonly string[] ByValues = ["year", "venue", "venue-year", "affiliation", "none"];

    public static Option<string> By(string defaultValue = "year")
    {
        var by = new Option<string>("--by")
        {
            Description = "How to group the papers: year, venue, venue-year, affiliation (academia; industry = Collaboration or Industry) or none.",
            DefaultValueFactory = _ => defaultValue,
        };
        by.AcceptOnlyFromAmong(ByValues);
        return by;
    }

    public static GroupBy ParseBy(string value) => value switch
    {
        "year" => GroupBy.Year,
        "venue" => GroupBy.Venue,
        "venue-year" => GroupBy.VenueYear,
        "affiliation" => GroupBy.Affiliation,
        _ => GroupBy.None,
    };

    public static Option<bool> Quiet() => new("--quiet", "-q")
    {
        Description = "No progress bar (it is shown only when standard error is a terminal).",
    };

    public static Option<FileInfo> OutputFile(string description) => new("--output", "-o")
    {
        Description = description,
        Required = true,
    };
}
