namespace GillRepro.Tests.Support;

/// <summary>Where the repository, its sample scorecard and the shared corpus beside it are.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>The seed scorecard (GILL, NeurIPS 2023) that the tool embeds.</summary>
    public static string SeedText { get; } = File.ReadAllText(Path.Combine(Root, "src", "GillRepro.Cli", "Samples", "gill-neurips-2023.md"));

    /// <summary>
    /// The shared corpus: <c>GILLREPRO_CORPUS</c> when set, else <c>../shared/corpus</c> beside the repository.
    /// Null when it is absent.
    /// </summary>
    public static string? CorpusDirectory { get; } = FindCorpus();

    public static string CorpusMissingReason =>
        $"The shared corpus was not found (looked for {Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus"))} and GILLREPRO_CORPUS); corpus tests are skipped.";

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GillRepro.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"GillRepro.sln not found above {AppContext.BaseDirectory}.");
    }

    private static string? FindCorpus()
    {
        var configured = Environment.GetEnvironmentVariable("GILLREPRO_CORPUS");
        var candidate = string.IsNullOrEmpty(configured) ? Path.Combine(Root, "..", "shared", "corpus") : configured;
        return File.Exists(Path.Combine(candidate, "truth.jsonl")) ? Path.GetFullPath(candidate) : null;
    }
}
