using System.CommandLine;
using System.Text;
using GillRepro.Cli.Inputs;
using GillRepro.Cli.Output;

namespace GillRepro.Cli.Commands;

/// <summary><c>gillrepro format [--check] PATH ...</c>, in the manner of <c>gofmt -l</c> and <c>gofmt -w</c>.</summary>
internal static class FormatCommand
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static Command Create()
    {
        var paths = Arguments.Paths("Scorecard files, or folders searched recursively for *.md (markdown) and *.txt (plain text).", required: true);
        var check = new Option<bool>("--check")
        {
            Description = "Change nothing: list the files that are not canonical and exit 1 if there are any.",
        };

        var command = new Command("format", "Rewrite scorecards in canonical form, keeping each file's rendering (LF line ends, no final newline, single-space cell padding).") { paths, check };
        command.SetAction((result, cancel) => Cancellation.Run(result.InvocationConfiguration.Error, "every file listed was checked or rewritten whole; the others are as they were", () => Run(
            result.GetValue(paths) ?? [],
            result.GetValue(check),
            result.InvocationConfiguration.Output,
            result.InvocationConfiguration.Error,
            cancel)));
        return command;
    }

    private static int Run(string[] paths, bool check, TextWriter output, TextWriter error, CancellationToken cancel)
    {
        if (!ScorecardSource.TryExpand(paths, ScorecardSource.AnyRendering, error, out var sources)) return ExitCodes.Usage;

        var problems = 0;
        var unwritable = 0;
        var tally = new Tally(error);
        var files = 0;
        foreach (var source in sources)
        {
            cancel.ThrowIfCancellationRequested();
            files++;
            // The bytes themselves: a file is canonical only when they are the canonical text's UTF-8.
            byte[] original;
            bool rewritable;
            try
            {
                original = source.ReadBytes(out rewritable);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"{source.Name}: cannot be read: {(e is UnauthorizedAccessException ? "permission denied" : e.Message)}");
                problems++;
                continue;
            }
            if (!Scorecard.TryDecode(original, out var text, out var unreadable))
            {
                Problems.Write(error, source.Name, unreadable, lenient: false);
                problems++;
                continue;
            }
            if (source.Found && !Scorecard.IsScorecard(text))
            {
                tally.NotAScorecard(source);
                continue;
            }

            // The library decides: canonical, rewritten, or left as it is because rewriting would lose something.
            var form = Scorecard.Format(text);
            if (form.Status == CanonicalStatus.Refused)
            {
                error.WriteLine(form.Problem is { } problem
                    ? $"{Problems.Format(source.Name, problem, lenient: false)}; format left it as it is: {form.Reason}"
                    : $"{source.Name}: format left it as it is: {form.Reason}");
                problems++;
                continue;
            }
            var bytes = Utf8.GetBytes(form.Text!);
            var canonical = bytes.AsSpan().SequenceEqual(original);

            // Text that is not a file of the user's (standard input, a pipe, a FIFO) is written to standard
            // output, canonical or not, as a filter would: there is no file to rewrite.
            if (!rewritable && !check)
            {
                output.Write(form.Text);
                continue;
            }
            if (canonical) continue;
            if (check)
            {
                output.WriteLine(source.Name);
                problems++;
                continue;
            }
            if (OutputFile.TryWrite(new FileInfo(source.Path!), error, bytes)) output.WriteLine(source.Name);
            else unwritable++;
        }
        tally.Report();
        if (files == tally.NotScorecards)
        {
            error.WriteLine("gillrepro: no scorecard files (*.md, *.txt) were found.");
            return ExitCodes.Problems;
        }
        return unwritable > 0 ? ExitCodes.Usage : problems > 0 ? ExitCodes.Problems : ExitCodes.Success;
    }
}
