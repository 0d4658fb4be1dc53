using System.Text;

namespace GillRepro.Benchmarks.Generation;

/// <summary>Writes synthetic scorecards into a folder, as <c>&lt;venue&gt;-&lt;year&gt;/synthetic_&lt;n&gt;.md</c>, for scale tests.</summary>
internal static class Generate
{
    public static void Run(int count, string folder, int seed)
    {
        var corpus = new SyntheticCorpus(seed);
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        long bytes = 0;
        for (var i = 0; i < count; i++)
        {
            var (name, text) = corpus.Next(i);
            var path = Path.Combine(folder, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var content = utf8.GetBytes(text);
            File.WriteAllBytes(path, content);
            bytes += content.Length;
        }
        Console.Error.WriteLine($"Wrote {count} scorecards ({bytes / 1_000_000.0:F1} MB) to {Path.GetFullPath(folder)}.");
    }
}
