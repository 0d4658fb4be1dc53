using System.CommandLine;
using System.Globalization;
using GillRepro.Cli.Inputs;

namespace GillRepro.Cli.Commands;

/// <summary><c>gillrepro profiles [NAME]</c>: the built-in scoring profiles, or one of them as a profile file to start from.</summary>
internal static class ProfilesCommand
{
    public static Command Create()
    {
        var name = new Argument<string?>("NAME")
        {
            Description = "A built-in profile to print as a profile file; a profile file to check and print as the tool reads it.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("profiles", "List the built-in scoring profiles, or print one (or check a profile file) as JSON to start your own from; use one with --profile on score, summary and export.") { name };
        command.SetAction(result => Run(result.GetValue(name), result.InvocationConfiguration.Output, result.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string? name, TextWriter output, TextWriter error)
    {
        if (name is null)
        {
            var width = ScoringProfile.BuiltIn.Keys.Max(k => k.Length);
            foreach (var (key, profile) in ScoringProfile.BuiltIn)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{key.PadRight(width)}  {profile.Name}: {string.Join(", ", profile.Criteria.Select(c => c.Variable))} ({profile.Maximum:0.##} points; compliant at {profile.PassShare:0.##%})"));
            }
            output.WriteLine("Print one as a file with 'gillrepro profiles NAME'; examples for real checklists are in docs/profiles.");
            return ExitCodes.Success;
        }

        if (!ProfileSource.TryResolve(name, error, out var found)) return ExitCodes.Usage;
        output.Write(found!.ToJson());
        return ExitCodes.Success;
    }
}
