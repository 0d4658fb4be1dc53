using System.Text;
using GillRepro.Tests.Support;

namespace GillRepro.Tests.Cli;

/// <summary>
/// What a fresh-eyes trial of the tool found, each kept as a test: an input named through a link is still
/// an input; format on standard input is a filter; UTF-16 and stray bytes read alike in a file and in a
/// pipe; the signals that end a run leave whole outputs or none; text passed over is named also when read
/// strictly; and the closing lines count what they say they count.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class StreamsSignalsAndOutputsTests
{
    private static readonly string Seed = Repository.SeedText;

    [Fact]
    public void An_input_named_through_a_link_is_still_an_input_and_is_never_overwritten()
    {
        using var folder = new TempFolder();
        var real = folder.Write("pages/real.md", Seed);
        File.CreateSymbolicLink(Path.Combine(folder.Path, "link.md"), real);
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "linked"), Path.Combine(folder.Path, "pages"));

        var byFile = Tool.Run("export", Path.Combine(folder.Path, "link.md"), "--format", "csv", "-o", real);
        var byFolder = Tool.Run("export", Path.Combine(folder.Path, "linked"), "--format", "jsonl", "-o", Path.Combine(folder.Path, "pages", "x.md"));

        byFile.ExitCode.ShouldBe(2);
        byFile.Error.ShouldBe($"gillrepro: cannot write {real}: it is one of the inputs ({Path.Combine(folder.Path, "link.md")}); name another file.\n");
        byFolder.ExitCode.ShouldBe(2);
        byFolder.Error.ShouldContain("which is read for scorecards");
        File.ReadAllText(real).ShouldBe(Seed);
        File.Exists(Path.Combine(folder.Path, "pages", "x.md")).ShouldBeFalse();
    }

    [Fact]
    public void A_replaced_output_keeps_its_permissions_and_a_file_on_the_way_is_named_as_a_file()
    {
        using var folder = new TempFolder();
        var page = folder.Write("pages/gill.md", Seed);
        var csv = folder.Write("out.csv", "old");
        File.SetUnixFileMode(csv, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);

        Tool.Run("export", page, "--format", "csv", "-o", csv).ExitCode.ShouldBe(0);
        var through = Tool.Run("export", page, "--format", "csv", "-o", Path.Combine(csv, "y.csv"));

        File.GetUnixFileMode(csv).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        File.ReadAllText(csv).ShouldStartWith("file,venue,year");
        (through.ExitCode, through.Error).ShouldBe((2, $"gillrepro: cannot write {Path.Combine(csv, "y.csv")}: {csv} is a file, not a folder.\n"));
    }

    [SkippableFact]
    public void A_read_only_output_is_refused_for_a_user_who_may_not_write_it()
    {
        Skip.If(Environment.IsPrivilegedProcess, "root may write any file; run the tests as another user to see this refusal");
        using var folder = new TempFolder();
        var page = folder.Write("pages/gill.md", Seed);
        var csv = folder.Write("out.csv", "kept");
        File.SetUnixFileMode(csv, UnixFileMode.UserRead);

        var (exit, _, error) = Tool.Run("export", page, "--format", "csv", "-o", csv);

        (exit, error).ShouldBe((2, $"gillrepro: cannot write {csv}: it is read-only; make it writable or name another file.\n"));
        File.ReadAllText(csv).ShouldBe("kept");
    }

    [Theory]
    [InlineData("sed 's/$/\\r/' {page} | {tool} format -")]
    [InlineData("{tool} format /dev/stdin < {crlf}")]
    [InlineData("{tool} format <(sed 's/$/\\r/' {page})")]
    [InlineData("mkfifo fifo.md && (sed 's/$/\\r/' {page} > fifo.md &) && {tool} format fifo.md")]
    public void Format_on_text_that_is_not_a_file_of_the_users_writes_the_canonical_text_to_standard_output(string command)
    {
        using var folder = new TempFolder();
        var page = folder.Write("gill.md", Seed);
        var crlf = folder.Write("crlf.md", Seed.Replace("\n", "\r\n", StringComparison.Ordinal));

        var (exit, output, error) = Shell.Run(command.Replace("{page}", page).Replace("{crlf}", crlf), folder.Path);

        (exit, error).ShouldBe((0, ""));
        output.ShouldBe(Seed);
        File.ReadAllText(crlf).ShouldBe(Seed.Replace("\n", "\r\n", StringComparison.Ordinal), "a file only redirected in is not rewritten");
        File.Exists(Path.Combine(folder.Path, "-")).ShouldBeFalse();
        Shell.Run($"sed 's/$/\\r/' {page} | {{tool}} format --check -", folder.Path).ShouldBe((1, "<stdin>\n", ""));
    }

    [Theory]
    [InlineData("utf-16LE")]
    [InlineData("utf-16BE")]
    public void Utf16_with_its_byte_order_mark_reads_alike_named_piped_and_streamed(string name)
    {
        using var folder = new TempFolder();
        var encoding = Encoding.GetEncoding(name);
        var file = folder.WriteBytes("gill.md", [.. encoding.GetPreamble(), .. encoding.GetBytes(Seed)]);

        var named = Tool.Run("score", file, "--format", "jsonl");
        var piped = Shell.Run($"cat {file} | {{tool}} score - --format jsonl");

        (named.ExitCode, piped.Exit, piped.Error).ShouldBe((0, 0, ""));
        piped.Output.Replace("\"<stdin>\"", "\"" + file + "\"", StringComparison.Ordinal).ShouldBe(named.Output);
    }

    [Fact]
    public void Utf16_without_its_byte_order_mark_in_a_folder_is_reported_not_passed_over()
    {
        using var folder = new TempFolder();
        folder.Write("pages/gill.md", Seed);
        var utf16 = folder.WriteBytes("pages/notepad.md", Encoding.Unicode.GetBytes(Cards.Valid));

        var (exit, _, error) = Tool.Run("summary", Path.Combine(folder.Path, "pages"), "--quiet");

        exit.ShouldBe(1);
        error.ShouldStartWith($"{utf16}:1:2: error GR005: expected UTF-8 text, found the byte 0x00 (byte 1 of the input); it looks like UTF-16 (little-endian) without a byte order mark: save it as UTF-8");
        error.ShouldNotContain("Not scorecards");
    }

    [Fact]
    public void A_stray_byte_in_one_page_of_many_fails_that_page_alone_whether_the_file_is_read_whole_or_piped()
    {
        using var folder = new TempFolder();
        var utf8 = new UTF8Encoding(false);
        var pages = Enumerable.Range(0, 5).Select(i => Seed.Replace("Generating Images", $"Generating Images {i}", StringComparison.Ordinal)).ToList();
        var bad = pages[2].IndexOf("Images 2", StringComparison.Ordinal);
        byte[] bytes = [.. utf8.GetBytes(string.Join("\n\n", pages[..2]) + "\n\n" + pages[2][..bad]), 0xE9, .. utf8.GetBytes(pages[2][bad..] + "\n\n" + string.Join("\n\n", pages[3..]))];
        var file = folder.WriteBytes("joined.md", bytes);

        var whole = Tool.Run("summary", file, "--by", "none", "--format", "json");
        var piped = Shell.Run($"cat {file} | {{tool}} summary - --by none --format json");

        whole.ExitCode.ShouldBe(1);
        piped.Exit.ShouldBe(1);
        piped.Output.ShouldBe(whole.Output);
        System.Text.Json.JsonDocument.Parse(whole.Output).RootElement.GetProperty("papers").GetInt32().ShouldBe(4);
        whole.Error.ShouldContain("error GR005: expected UTF-8 text, found the byte 0xE9");
        whole.Error.ShouldEndWith("Could not read 1 scorecard in 1 of 1 file; it was skipped, and the other scorecards of that file read.\n");
        whole.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(2, whole.Error);
        piped.Error.Replace("<stdin>", file, StringComparison.Ordinal).ShouldBe(whole.Error);
    }

    [Fact]
    public void Text_passed_over_is_named_also_when_a_page_is_read_strictly()
    {
        using var folder = new TempFolder();
        var copied = folder.Write("copied.md", "Reproducibility Index | Search\n\n" + Seed + "\n\nBack to search\n© 2026 The Reproducibility Index\n");

        var (exit, output, error) = Tool.Run("score", copied, "--format", "jsonl");

        exit.ShouldBe(0);
        output.ShouldNotBeEmpty();
        error.ShouldContain($"{copied}:1:1: warning GR006:");
        error.ShouldContain("warning GR039:");
    }

    [Fact]
    public void Closing_lines_count_scorecards_in_a_file_of_many_and_files_that_hold_scorecards()
    {
        using var folder = new TempFolder();
        var many = folder.Write("many/three.md", string.Join("\n\n", Enumerable.Range(0, 3).Select(i => Seed.Replace("Generating", $"Generating {i}", StringComparison.Ordinal))));
        folder.Write("pages/gill.md", Seed);
        folder.Write("pages/README.md", "# Notes\n");

        Tool.Run("validate", many).Error.ShouldBe("All 3 scorecards in 1 file are valid.\n");
        Tool.Run("summary", Path.Combine(folder.Path, "pages"), "--by", "none").Output.ShouldContain("1 paper in 1 group, read from 1 file (0 could not be read and were skipped).");
        var unknown = Tool.Run("frobnicate");
        (unknown.ExitCode, unknown.Error).ShouldBe((2, "gillrepro: 'frobnicate' is not a command; the commands are score, validate, format, summary, export, plot, profiles, compare, report, facts, audit.\nRun 'gillrepro --help' to see the commands and their options.\n"));
    }
}

/// <summary>
/// The signals that end a run (Ctrl+C, once or twice; SIGTERM from kill or timeout; SIGHUP from a closed
/// terminal), on an export long enough to interrupt: one line says it was cancelled, the exit code is 128
/// + the signal's number, and no unfinished file is left, whatever the format.
/// </summary>
public class SignalTests
{
    public static TheoryData<string, string, int, string> Cases => new()
    {
        { "INT", "parquet", 130, "once" },
        { "INT", "parquet", 130, "twice" },
        { "INT", "csv", 130, "twice" },
        { "TERM", "csv", 143, "once" },
        { "HUP", "jsonl", 129, "once" },
    };

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public void A_signal_during_an_export_leaves_no_unfinished_file_and_exits_with_its_number(string signal, string format, int code, string times)
    {
        Skip.If(Repository.CorpusDirectory is null, Repository.CorpusMissingReason);
        using var folder = new TempFolder();
        var corpus = Path.Combine(Repository.CorpusDirectory!, "markdown");
        var target = Path.Combine(folder.Path, "out." + format);
        // Started in its own process group, as a shell runs a job; the signal comes once the run is under way
        // (its unfinished output exists), and a second one 20 ms later when asked.
        var again = times == "twice" ? $"sleep 0.02; kill -{signal} $pid; " : "";
        var script = $"set -m; {{tool}} export {corpus} {corpus} {corpus} {corpus} --format {format} -o {target} --quiet 2> {folder.Path}/err & pid=$!; " +
                     $"until ls -a {folder.Path} | grep -q gillrepro-partial; do sleep 0.02; done; sleep 0.2; kill -{signal} $pid; {again}wait $pid; echo $?";

        var (_, output, _) = Shell.Run(script);

        output.Trim().ShouldBe(code.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var error = File.ReadAllText(Path.Combine(folder.Path, "err"));
        error.ShouldNotContain("Unhandled");
        error.ShouldNotContain("Exception");
        error.ShouldContain($"gillrepro: cancelled; {target} was not written.", Case.Sensitive, error);
        Directory.GetFiles(folder.Path).Select(Path.GetFileName).ShouldBe(["err"], "no unfinished output is left");
    }
}
