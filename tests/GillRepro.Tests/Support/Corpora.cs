namespace GillRepro.Tests.Support;

/// <summary>
/// The real scorecards the tests read: the sample checked in beside the tests (always there, so the
/// truth and round-trip tests never vanish), and the full shared corpus where it sits beside the clone
/// (those cases are reported as skipped, with the reason, where it does not).
/// </summary>
internal static class Corpora
{
    public const string Sample = "sample";
    public const string Full = "full";

    public static string SampleDirectory { get; } = Path.Combine(Repository.Root, "tests", "GillRepro.Tests", "Sample");

    /// <summary>Both corpora, for theories.</summary>
    public static TheoryData<string> Names => [Sample, Full];

    /// <summary>The corpus's folder (with <c>truth.jsonl</c>, <c>markdown/</c> and <c>plain/</c>); skips the test where the full corpus is absent.</summary>
    public static string Require(string which)
    {
        if (which == Sample) return SampleDirectory;
        Skip.If(Repository.CorpusDirectory is null, Repository.CorpusMissingReason);
        return Repository.CorpusDirectory!;
    }

    /// <summary>How many papers the corpus holds: known beforehand, so a corpus that lost files fails.</summary>
    public static int Papers(string which) => which == Sample ? 215 : 3665;
}
