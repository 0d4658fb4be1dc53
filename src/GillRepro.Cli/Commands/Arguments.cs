using System.CommandLine;

namespace GillRepro.Cli.Commands;

/// <summary>Arguments that several commands share.</summary>
internal static class Arguments
{
    public static Argument<string[]> Paths(string description, bool required) => new("PATH")
    {
        Description = description,
        Arity = required ? ArgumentArity.OneOrMore : ArgumentArity.ZeroOrMore,
    };
}
