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
            Description = "Two or more labellings of the same papers, each a scorecard file or a folder of them (any rendering), such as a folder labelled by people and one by an LLM run, or NAME=PATH to name it in every output (human=gk2018/human). The first is read as the one compared, the second as the reference.",
            HelpName = "[NAME=]PATH",
            Arity = new ArgumentArity(1, 100),
        };
        var format = Options.Choice<CompareFormat>("--format", "-f",
            "table: markdown tables, the variables as rows; json: one document; csv: one row per variable.", CompareFormat.Table);
        var by = Options.By(Grouping.None);
        var lenient = Options.Lenient();
        var quiet = Options.Quiet();
        quiet.Description = "No notes on standard error (papers held twice, papers in some labellings only); problems and errors are still said.";
        var command = new Command("compare", "How far labellings of the same papers agree, per variable (agreement, Cohen's or Fleiss' kappa, confusion, precision, recall and F1 of Yes, stability), per paper, and in the Index's figures under each labelling.")
        {
            labellings, format, by, lenient, quiet,
        };
        command.SetAction((result, cancel) => Cancellation.Run(result.InvocationConfiguration.Error, "nothing was printed", () => Run(
            result.GetValue(labellings) ?? [],
            result.GetValue(format),
            result.GetValue(by),
            result.GetValue(lenient),
            result.GetValue(quiet),
            result.InvocationConfiguration.Output,
            result.InvocationConfiguration.Error,
            cancel)));
        return command;
    }

    private static int Run(string[] paths, CompareFormat format, Grouping by, bool lenient, bool quiet, TextWriter output, TextWriter error, CancellationToken cancel)
    {
        if (!Labellings.TryRead(paths, lenient, error, out var labellings, out var exit, cancel)) return exit;

        // Two labellings are a labelling against its reference; three or more, runs whose stability is measured.
        if (labellings.Count == 2)
        {
            var comparison = LabellingComparison.Of(labellings[0], labellings[1], by);
            if (!Labellings.Report(comparison.Papers, comparison.Duplicates, comparison.Unmatched.Count, format == CompareFormat.Json, error, quiet)) return ExitCodes.Problems;
            switch (format)
            {
                case CompareFormat.Json: output.Write(ScorecardJson.Serialize(comparison) + "\n"); break;
                case CompareFormat.Csv: ComparisonOutput.WriteCsv(output, comparison); break;
                default: ComparisonOutput.WriteTables(output, comparison); break;
            }
        }
        else
        {
            var stability = Stability.Of([.. labellings], by);
            if (!Labellings.Report(stability.Papers, stability.Duplicates, stability.Unmatched.Count, format == CompareFormat.Json, error, quiet)) return ExitCodes.Problems;
            switch (format)
            {
                case CompareFormat.Json: output.Write(ScorecardJson.Serialize(stability) + "\n"); break;
                case CompareFormat.Csv: ComparisonOutput.WriteCsv(output, stability); break;
                default: ComparisonOutput.WriteTables(output, stability); break;
            }
        }
        return exit;
    }
}
