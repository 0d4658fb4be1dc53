using System.Diagnostics.CodeAnalysis;

namespace GillRepro.Cli.Inputs;

/// <summary>A scorecard to read: a file on disk, or the sample the tool embeds.</summary>
/// <param name="Name">The path as the user will see it in output and errors.</param>
/// <param name="Path">The file's path, or null for the embedded sample.</param>
/// <param name="Found">True for a file found by searching a folder; a file named on the command line is always read as a scorecard.</param>
internal sealed record ScorecardSource(string Name, string? Path, bool Found = false)
{
    /// <summary>True when the text should be passed over as not a scorecard at all: a file found in a folder that holds no scorecard's lines.</summary>
    public bool IsNotAScorecard(string text) => Found && !Scorecard.IsScorecard(text);

    public const string SampleName = "gill-neurips-2023.md";

    /// <summary>The seed scorecard (GILL, NeurIPS 2023) that the tool embeds.</summary>
    public static ScorecardSource Sample { get; } = new($"(embedded sample) {SampleName}", null);

    /// <summary>The source's bytes: the file's, or the embedded sample's.</summary>
    public byte[] ReadBytes()
    {
        if (Path is not null) return File.ReadAllBytes(Path);
        using var stream = typeof(ScorecardSource).Assembly.GetManifestResourceStream("GillRepro.Cli.Samples." + SampleName)
            ?? throw new InvalidOperationException("The embedded sample scorecard is missing from the tool.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    /// <summary>Files larger than this are not read: ten times the largest input the parser reads, in bytes.</summary>
    private const long LargestFile = 10L * ScorecardParseOptions.DefaultMaxInputLength;

    /// <summary>
    /// The source's text, decoded by the library (UTF-8, or UTF-16 with a byte order mark). The bytes are
    /// read into a pooled buffer and decoded from it, so a file costs its text and nothing more (measured
    /// on the real-page corpus, docs/performance.md). Bytes that are not text are a positioned error, and
    /// a file that cannot be read is one line; both come back formatted in <paramref name="problem"/>.
    /// </summary>
    public bool TryReadText([NotNullWhen(true)] out string? text, [NotNullWhen(false)] out string? problem, bool lenient = false)
    {
        text = null;
        if (Path is null) return Decode(ReadBytes(), out text, out problem, lenient);
        try
        {
            using var handle = File.OpenHandle(Path);
            var length = RandomAccess.GetLength(handle);
            if (length > LargestFile)
            {
                problem = $"{Name}: {length:N0} bytes is larger than a scorecard can be; it was not read";
                return false;
            }
            var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent((int)length);
            try
            {
                var read = 0;
                while (read < length)
                {
                    var n = RandomAccess.Read(handle, buffer.AsSpan(read, (int)length - read), read);
                    if (n == 0) break;
                    read += n;
                }
                return Decode(buffer.AsSpan(0, read), out text, out problem, lenient);
            }
            finally
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = e is UnauthorizedAccessException ? $"{Name}: cannot be read: permission denied" : $"{Name}: cannot be read: {e.Message}";
            return false;
        }
    }

    private bool Decode(ReadOnlySpan<byte> bytes, [NotNullWhen(true)] out string? text, [NotNullWhen(false)] out string? problem, bool lenient)
    {
        if (Scorecard.TryDecode(bytes, out text, out var error))
        {
            problem = null;
            return true;
        }
        problem = Output.Problems.Format(Name, error, lenient);
        return false;
    }

    /// <summary>The file endings a folder is searched for: markdown and plain-text scorecards.</summary>
    public static readonly string[] AnyRendering = [".md", ".txt"];

    /// <summary>
    /// The files named by <paramref name="paths"/> (the embedded sample when there are none), walked as
    /// they are read; false, with each missing path reported on <paramref name="error"/>, when a path does
    /// not exist. Paths are checked here, before any work.
    /// </summary>
    public static bool TryExpand(string[] paths, string[] extensions, TextWriter error, out Sources sources)
    {
        var missing = paths.Where(p => !File.Exists(p) && !Directory.Exists(p)).ToList();
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
