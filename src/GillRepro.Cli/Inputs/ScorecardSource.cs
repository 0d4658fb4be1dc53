using System.Diagnostics.CodeAnalysis;
using Microsoft.Win32.SafeHandles;

namespace GillRepro.Cli.Inputs;

/// <summary>A scorecard to read: a file on disk, standard input (<c>-</c>), or the sample the tool embeds.</summary>
/// <param name="Name">The path as the user will see it in output and errors.</param>
/// <param name="Path">The file's path, <see cref="StandardInput"/> for standard input, or null for the embedded sample.</param>
/// <param name="Found">True for a file found by searching a folder; a file named on the command line is always read as a scorecard.</param>
internal sealed record ScorecardSource(string Name, string? Path, bool Found = false)
{
    public const string SampleName = "gill-neurips-2023.md";

    /// <summary>What names standard input on a command line, and the path such a source has.</summary>
    public const string StandardInput = "-";

    /// <summary>The seed scorecard (GILL, NeurIPS 2023) that the tool embeds.</summary>
    public static ScorecardSource Sample { get; } = new($"(embedded sample) {SampleName}", null);

    /// <summary>Standard input, named as compilers name it.</summary>
    public static ScorecardSource Input { get; } = new("<stdin>", StandardInput);

    /// <summary>Files larger than this are read as a stream, a scorecard at a time, instead of whole: ten times the largest scorecard, in bytes.</summary>
    private const long LargestWhole = 10L * ScorecardParseOptions.DefaultMaxInputLength;

    /// <summary>
    /// The scorecards of the source, through the library: a regular file up to
    /// <see cref="LargestWhole"/> is read whole into a pooled buffer and decoded at once (<see cref="Scorecard.TryDecode"/>,
    /// then <see cref="Scorecard.ParseMany(string, ScorecardParseOptions)"/>), so a file costs its text and nothing
    /// more (docs/performance.md); standard input, a pipe, a FIFO and a larger file are read as a stream
    /// (<see cref="Scorecard.ParseMany(Stream, ScorecardParseOptions)"/>), which nothing seeks in. Both give the
    /// same reports. False, with the problem formatted as one line, when the source cannot be read at all.
    /// </summary>
    /// <param name="reports">The reports, read lazily; the source is closed once they have been read.</param>
    /// <param name="notAScorecard">True when a file found in a folder holds no scorecard's lines, and is passed over.</param>
    /// <param name="problem">Why the source could not be read.</param>
    /// <param name="lenient">True when problems are printed with what lenient reading did.</param>
    public bool TryRead([NotNullWhen(true)] out IEnumerable<ParseReport>? reports, out bool notAScorecard, [NotNullWhen(false)] out string? problem, bool lenient = false)
    {
        reports = null;
        notAScorecard = false;
        SafeFileHandle? handle = null;
        byte[]? rented = null;
        try
        {
            if (Path is null || Path == StandardInput)
            {
                reports = Streamed(Open());
                problem = null;
                return true;
            }

            // A regular file: its size from one fstat, its bytes with pread into a pooled buffer (a
            // FileStream costs more system calls a file: measured on the real-page corpus). A pipe or a
            // FIFO has no size, and a read at an offset fails on it: it is read as a stream instead.
            handle = File.OpenHandle(Path, FileMode.Open, FileAccess.Read, FileShare.Read);
            var length = RandomAccess.GetLength(handle);
            if (length == 0 || length > LargestWhole)
            {
                reports = Streamed(new FileStream(handle, FileAccess.Read, bufferSize: 0));
                handle = null;
                problem = null;
                return true;
            }

            rented = System.Buffers.ArrayPool<byte>.Shared.Rent((int)length);
            var read = 0;
            while (read < length)
            {
                var n = RandomAccess.Read(handle, rented.AsSpan(read, (int)length - read), read);
                if (n == 0) break;
                read += n;
            }
            if (!Scorecard.TryDecode(rented.AsSpan(0, read), out var text, out _))
            {
                // Bytes that are not UTF-8: read as a stream is, so a stray byte fails its own scorecard
                // only and the rest are read (a binary file ends at its first byte), whatever the file's size.
                reports = Streamed(new MemoryStream(rented.AsSpan(0, read).ToArray()));
                problem = null;
                return true;
            }
            notAScorecard = Found && !Scorecard.IsScorecard(text);
            reports = notAScorecard ? [] : Scorecard.ParseMany(text);
            problem = null;
            return true;
        }
        catch (NotSupportedException) when (handle is not null)
        {
            // A special file that claims a size but cannot be read at an offset.
            reports = Streamed(new FileStream(handle, FileAccess.Read, bufferSize: 0));
            handle = null;
            problem = null;
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = e is UnauthorizedAccessException ? $"{Name}: cannot be read: permission denied" : $"{Name}: cannot be read: {e.Message}";
            return false;
        }
        finally
        {
            handle?.Dispose();
            if (rented is not null) System.Buffers.ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>A stream's scorecards, one at a time; the stream is closed when they have been read, or when reading stops.</summary>
    private static IEnumerable<ParseReport> Streamed(Stream stream)
    {
        using (stream)
        {
            foreach (var report in Scorecard.ParseMany(stream)) yield return report;
        }
    }

    /// <summary>What a source named on the command line that holds no scorecard at all (empty, or blank) is told.</summary>
    public string Empty => $"{Name}: is empty; a scorecard starts with its notice or title";

    /// <summary>The source's bytes: the file's, standard input's (read to its end), or the embedded sample's.</summary>
    public byte[] ReadBytes() => ReadBytes(out _);

    /// <summary>
    /// The source's bytes, and whether they are a file's that can be written back in place: a regular file
    /// named by its path, not standard input (<c>-</c>, <c>/dev/stdin</c>, <c>/dev/fd/N</c>, which may be a
    /// file redirected in), a pipe or a FIFO, and not the embedded sample.
    /// </summary>
    public byte[] ReadBytes(out bool rewritable)
    {
        using var stream = Open();
        rewritable = Path is not (null or StandardInput) && stream.CanSeek && !IsSpecial(RealPaths.Of(Path)) && !IsSpecial(System.IO.Path.GetFullPath(Path));
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    /// <summary>A path among the system's devices and processes (<c>/dev/stdin</c>, <c>/proc/self/fd/0</c>), never a file of the user's.</summary>
    private static bool IsSpecial(string full) =>
        !OperatingSystem.IsWindows() && (full.StartsWith("/dev/", StringComparison.Ordinal) || full.StartsWith("/proc/", StringComparison.Ordinal));

    /// <summary>The source as a stream: the embedded sample, standard input, or the file, read from its start to its end.</summary>
    private Stream Open() => Path switch
    {
        null => typeof(ScorecardSource).Assembly.GetManifestResourceStream("GillRepro.Cli.Samples." + SampleName)
            ?? throw new InvalidOperationException("The embedded sample scorecard is missing from the tool."),
        StandardInput => Console.OpenStandardInput(),
        _ => new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0),
    };

    /// <summary>The file endings a folder is searched for: markdown and plain-text scorecards.</summary>
    public static readonly string[] AnyRendering = [".md", ".txt"];

    /// <summary>
    /// The files named by <paramref name="paths"/> (the embedded sample when there are none; standard input
    /// for <c>-</c>), walked as they are read; false, with each missing path reported on
    /// <paramref name="error"/>, when a path does not exist. Paths are checked here, before any work.
    /// </summary>
    public static bool TryExpand(string[] paths, string[] extensions, TextWriter error, out Sources sources)
    {
        var missing = paths.Where(p => p != StandardInput && !File.Exists(p) && !Directory.Exists(p)).ToList();
        // An unknown option makes the rest of the line unreliable: it alone is named.
        var options = missing.Where(p => p.StartsWith('-')).ToList();
        foreach (var path in options.Count > 0 ? options : missing)
        {
            // An option the command does not have reaches here as a path: name it as an option.
            error.WriteLine(path.StartsWith('-')
                ? $"gillrepro: unknown option '{path}'; run 'gillrepro <command> --help' to see the options."
                : $"{path}: no such file or folder");
        }
        sources = new Sources(paths, extensions);
        return missing.Count == 0;
    }
}
