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
            try
            {
                original = source.ReadBytes();
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

            // A file is rewritten only when it holds one scorecard without errors, so formatting never drops a row.
            var reports = Scorecard.ParseMany(text).Take(2).ToList();
            if (reports.Count > 1)
            {
                error.WriteLine($"{source.Name}: holds more than one scorecard; format rewrites files of one, so it was left as it is.");
                problems++;
                continue;
            }
            var report = Scorecard.ParseLenient(text);
            if (!report.IsValid || report.Paper is null)
            {
                foreach (var diagnostic in report.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)) Problems.Write(error, source.Name, diagnostic, lenient: false);
                problems++;
                continue;
            }
            // Text the grammar passed over (a site's header, a footer) is not the paper's: rewriting would lose it.
            if (report.Diagnostics.FirstOrDefault(d => d.Code is DiagnosticCodes.TextBeforeScorecard or DiagnosticCodes.TextAfterTable) is { } passed)
            {
                error.WriteLine($"{Problems.Format(source.Name, passed, lenient: false)}; format would drop that text, so the file was left as it is");
                problems++;
                continue;
            }

            // Canonical form in the rendering the file was read in; a paper that rendering cannot hold is reported, not mangled.
            string canonical;
            try
            {
                canonical = Scorecard.ToText(report.Paper, report.Rendering);
            }
            catch (ArgumentException e)
            {
                error.WriteLine($"{source.Name}: cannot be written canonically: {e.Message}");
                problems++;
                continue;
            }
            var bytes = Utf8.GetBytes(canonical);
            if (bytes.AsSpan().SequenceEqual(original)) continue;

            if (check)
            {
                output.WriteLine(source.Name);
                problems++;
                continue;
            }
            try
            {
                File.WriteAllBytes(source.Path!, bytes);
                output.WriteLine(source.Name);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"gillrepro: cannot rewrite {source.Name}: {e.Message}");
                unwritable++;
            }
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
