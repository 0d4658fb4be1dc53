namespace GillRepro.Benchmarks;

/// <summary>
/// The documents benchmarks parse: the shared corpus's 3,665 markdown scorecards (read in place from
/// <c>../shared/corpus</c>, or <c>GILLREPRO_CORPUS</c>), or the seed alone.
/// </summary>
public static class Documents
{
    public const string Corpus = "corpus";
    public const string Seed = "seed";

    private static readonly Dictionary<string, string[]> Loaded = [];

    public static string[] Load(string name)
    {
        lock (Loaded)
        {
            if (!Loaded.TryGetValue(name, out var documents))
            {
                documents = name == Seed ? [File.ReadAllText(Path.Combine(Root(), "src", "GillRepro.Cli", "Samples", "gill-neurips-2023.md"))] : LoadCorpus();
                Loaded[name] = documents;
            }
            return documents;
        }
    }

    public static long Characters(string name) => Load(name).Sum(d => (long)d.Length);

    private static string[] LoadCorpus()
    {
        var configured = Environment.GetEnvironmentVariable("GILLREPRO_CORPUS");
        var corpus = string.IsNullOrEmpty(configured) ? Path.Combine(Root(), "..", "shared", "corpus") : configured;
        var markdown = Path.Combine(corpus, "markdown");
        if (!Directory.Exists(markdown))
            throw new InvalidOperationException($"The corpus was not found at {Path.GetFullPath(markdown)}; set GILLREPRO_CORPUS or run with --filter on the seed only.");
        return [.. Directory.EnumerateFiles(markdown, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText)];
    }

    /// <summary>The repository's root: the folder holding GillRepro.sln, above the working folder or the binaries.</summary>
    public static string Root()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "GillRepro.sln"))) return dir.FullName;
            }
        }
        throw new InvalidOperationException("GillRepro.sln not found above the working folder.");
    }
}
