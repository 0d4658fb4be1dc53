using System.CommandLine;
using GillRepro.Cli.Inputs;
using GillRepro.Cli.Output;

namespace GillRepro.Cli.Commands;

/// <summary><c>gillrepro compare FIRST SECOND [MORE ...] [--format table|json|csv] [--by ...] [--lenient]</c>: how far labellings of the same papers agree.</summary>
internal static class CompareCommand
{
    public static Command Create()
    {
        var labellings = new Argument<string[]>("LABELLING")
        {
            Description = "Two or more labellings of the same papers, each a scorecard file or a folder of them (any rendering), such as a folder labelled by people and one by an LLM run. The first is read as the one compared, the second as the reference.",
            Arity = new ArgumentArity(1, 100),
        };
        var format = Options.Choice<CompareFormat>("--format", "-f",
            "table: markdown tables, the variables as rows; json: one document; csv: one row per variable.", CompareFormat.Table);
        var by = Options.By(GroupBy.None);
        var lenient = Options.Lenient();
        var command = new Command("compare", "How far labellings of the same papers agree, per variable (agreement, Cohen's or Fleiss' kappa, confusion, precision, recall and F1 of Yes, stability), per paper, and in the Index's figures under each labelling.")
        {
            labellings, format, by, lenient,
        };
        command.SetAction((result, cancel) => Cancellation.Run(result.InvocationConfiguration.Error, "nothing was printed", () => Run(
            result.GetValue(labellings) ?? [],
            result.GetValue(format),
            result.GetValue(by),
            result.GetValue(lenient),
            result.InvocationConfiguration.Output,
            result.InvocationConfiguration.Error,
            cancel)));
        return command;
    }

    private static int Run(string[] paths, CompareFormat format, GroupBy by, bool lenient, TextWriter output, TextWriter error, CancellationToken cancel)
    {
        if (!Labellings.TryCompare(paths, by, lenient, error, out var comparison, out var exit, cancel)) return exit;

        switch (format)
        {
            case CompareFormat.Json:
                ComparisonOutput.WriteJson(output, comparison, by);
                break;
            case CompareFormat.Csv:
                ComparisonOutput.WriteCsv(output, comparison);
                break;
            default:
                ComparisonOutput.WriteTables(output, comparison, by);
                break;
        }
        if (comparison.Unmatched.Count > 0)
            error.WriteLine($"{SummaryOutput.Count(comparison.Unmatched.Count, "paper")} found in some labellings only {(comparison.Unmatched.Count == 1 ? "was" : "were")} left out of the figures{(format == CompareFormat.Json ? " (listed under \"unmatched\")" : "")}.");
        return exit;
    }
}
