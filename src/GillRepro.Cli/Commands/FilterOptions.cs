using System.CommandLine;

namespace GillRepro.Cli.Commands;

/// <summary>
/// The filters every corpus command takes (docs/cli.md, "Filters"): <c>--venue</c>, <c>--year</c>,
/// <c>--where</c> (repeatable; all must hold) and <c>--complete-only</c>; made into the library's
/// <see cref="PaperFilter"/>, whose problem names the option and the nearest valid value.
/// </summary>
internal sealed class FilterOptions
{
    private readonly Option<string[]> _venue = new("--venue")
    {
        Description = $"Only papers of these venues, separated by commas ({string.Join(", ", PaperFilter.IndexVenues)}; any letter case).",
        HelpName = "LIST",
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<string> _year = new("--year")
    {
        Description = "Only papers of this year (2023) or range of years (2020-2024).",
        HelpName = "YEAR|FROM-TO",
    };

    private readonly Option<string[]> _where = new("--where")
    {
        Description = "Only papers whose variable has this result, such as \"Open Source Code=Yes\" or \"RT=Experimental\"; repeatable, all must hold.",
        HelpName = "VARIABLE=RESULT",
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<bool> _completeOnly = new("--complete-only")
    {
        Description = "With --lenient, leave out papers that lack one of the nine variables (strict reading reads complete papers only).",
    };

    public FilterOptions()
    {
        _venue.CompletionSources.Add([.. PaperFilter.IndexVenues]);
        _where.CompletionSources.Add([.. VariableCatalog.All.SelectMany(v => v.Results.Select(r => $"{v.Name}={r}"))]);
    }

    public void AddTo(Command command)
    {
        command.Options.Add(_venue);
        command.Options.Add(_year);
        command.Options.Add(_where);
        command.Options.Add(_completeOnly);
    }

    /// <summary>The filter the command line asks for; false (with one line on <paramref name="error"/>) when a part is not valid.</summary>
    public bool TryGet(ParseResult result, TextWriter error, out PaperFilter filter)
    {
        if (PaperFilter.TryCreate(result.GetValue(_venue), result.GetValue(_year), result.GetValue(_where), result.GetValue(_completeOnly), out var made, out var problem))
        {
            filter = made;
            return true;
        }
        error.WriteLine($"gillrepro: --{problem.Part}: {problem.Message}{(problem.Message.EndsWith('?') ? "" : ".")}");
        filter = PaperFilter.All;
        return false;
    }
}
