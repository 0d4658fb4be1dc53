using System.Text;

namespace GillRepro.Cli.Inputs;

/// <summary>A scorecard to read: a file on disk, or the sample the tool embeds.</summary>
/// <param name="Name">The path as the user will see it in output and errors.</param>
/// <param name="Path">The file's path, or null for the embedded sample.</param>
internal sealed record ScorecardSource(string Name, string? Path)
{
    public const string SampleName = "gill-neurips-2023.md";

    /// <summary>The seed scorecard (GILL, NeurIPS 2023) that the tool embeds.</summary>
    public static ScorecardSource Sample { get; } = new($"(embedded sample) {SampleName}", null);

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

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

    /// <summary>
    /// Decodes UTF-8 strictly (a byte order mark is kept as U+FEFF, which the parser skips): bytes that
    /// are not UTF-8 are reported as <c>line:column: …</c> rather than silently replaced.
    /// </summary>
    public static bool TryDecode(byte[] bytes, out string text, out string problem)
    {
        try
        {
            text = StrictUtf8.GetString(bytes);
            problem = "";
            return true;
        }
        catch (DecoderFallbackException e)
        {
            var index = Math.Max(0, e.Index);
            var start = Array.LastIndexOf(bytes, (byte)'\n', Math.Max(0, index - 1)) + 1;
            var line = 1 + bytes.AsSpan(0, start).Count((byte)'\n');
            text = "";
            problem = $"{line}:{index - start + 1}: expected UTF-8 text, found the byte 0x{bytes[index]:X2} (byte {index} of the file).";
            return false;
        }
    }

    /// <summary>
    /// The files named by <paramref name="paths"/>: each file as given, each folder searched recursively
    /// for files with one of <paramref name="extensions"/>, in ordinal order of path. Paths that do not
    /// exist are returned in <paramref name="missing"/>.
    /// </summary>
    public static IReadOnlyList<ScorecardSource> Expand(IEnumerable<string> paths, string[] extensions, out IReadOnlyList<string> missing)
    {
        var sources = new List<ScorecardSource>();
        var notFound = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                sources.Add(new ScorecardSource(path, path));
            }
            else if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => extensions.Any(e => f.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
                    .Order(StringComparer.Ordinal);
                sources.AddRange(files.Select(f => new ScorecardSource(f, f)));
            }
            else
            {
                notFound.Add(path);
            }
        }
        missing = notFound;
        return sources;
    }
}
