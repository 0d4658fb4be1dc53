using System.CommandLine;

namespace GillRepro.Cli.Commands;

/// <summary>Options that several commands share.</summary>
internal static class Options
{
    /// <summary>
    /// An option whose values are an enum's members, written in lower case with a dash between words
    /// (<c>VenueYear</c> is <c>venue-year</c>): help lists them, and any other value is refused with the
    /// option's name.
    /// </summary>
    public static Option<T> Choice<T>(string name, string alias, string description, T? defaultValue = null)
        where T : struct, Enum
    {
        var words = Enum.GetValues<T>().ToDictionary(Word, v => v, StringComparer.Ordinal);
        var option = new Option<T>(name, alias)
        {
            Description = description,
            Required = defaultValue is null,
            CustomParser = result =>
            {
                var token = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
                if (words.TryGetValue(token, out var value)) return value;
                result.AddError($"{name} takes {string.Join(", ", words.Keys)}, not '{token}'.");
                return default;
            },
        };
        if (defaultValue is { } fallback) option.DefaultValueFactory = _ => fallback;
        // Completions offer the words; the parser above refuses any other value naming the option
        // (AcceptOnlyFromAmong would refuse it first, without the option's name).
        option.CompletionSources.Clear();   // the enum's own names (Year, VenueYear) are not what the parser takes
        option.CompletionSources.Add([.. words.Keys]);
        return option;
    }

    /// <summary>The word for an enum member: <c>VenueYear</c> → <c>venue-year</c>.</summary>
    public static string Word<T>(T value) where T : struct, Enum =>
        string.Concat(value.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    public static Option<Grouping> By(Grouping defaultValue = Grouping.Year) => Choice<Grouping>("--by", "-b",
        "How to group the papers: year, venue, venue-year, affiliation (academia; industry = Collaboration or Industry) or none.", defaultValue);

    public static Option<bool> Lenient() => new("--lenient")
    {
        Description = "Keep what can be read of damaged scorecards (cut-off pages, broken rows), marked incomplete where a variable is missing, and report every problem on standard error.",
    };

    public static Option<bool> Quiet() => new("--quiet", "-q")
    {
        Description = "No progress bar (it is shown only when standard error is a terminal) and no notes (a paper found again, files passed over); problems are still said.",
    };

    public static Option<FileInfo> OutputFile(string description) => new("--output", "-o")
    {
        Description = description,
        Required = true,
    };

    public static Option<string> Profile() => new("--profile", "-p")
    {
        Description = $"Also report compliance with a checklist: a built-in profile ({string.Join(", ", ScoringProfile.BuiltIn.Keys)}) or a profile file (JSON, docs/schemas/profile.schema.json; 'gillrepro profiles NAME' prints one to start from).",
        HelpName = "NAME|FILE",
    };
}
