using GillRepro.Cli.Inputs;
using GillRepro.Tests.Support;
using Shouldly;
using Xunit;

namespace GillRepro.Tests.Cli;

/// <summary>The reader hands files back in the order given, however the cores shared them, and holds only a few batches ahead.</summary>
public sealed class CorpusReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("gillrepro-reader-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>Writes <paramref name="count"/> scorecards whose titles number them, and their sources in order.</summary>
    private List<ScorecardSource> Numbered(int count)
    {
        var seed = Repository.SeedText;
        var title = Scorecard.Parse(seed).Title;
        var sources = new List<ScorecardSource>(count);
        for (var i = 0; i < count; i++)
        {
            var path = Path.Combine(_folder, $"{i:D5}.md");
            File.WriteAllText(path, seed.Replace(title, $"Paper {i}", StringComparison.Ordinal));
            sources.Add(new ScorecardSource(path, path));
        }
        return sources;
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(31)]
    [InlineData(32)]
    [InlineData(33)]
    [InlineData(1_000)]
    public void Every_file_comes_back_once_in_the_order_given(int count)
    {
        var sources = Numbered(count);

        var titles = CorpusReader.Read(sources, lenient: false).Select(r => r.Copies.Single().Paper.Title).ToList();

        titles.ShouldBe(Enumerable.Range(0, count).Select(i => $"Paper {i}"));
    }

    [Fact]
    public void A_caller_that_stops_early_lets_the_readers_go()
    {
        var sources = Numbered(1_000);

        // Taking a few and leaving: the readers stop at the next batch, and a second pass reads it all again.
        CorpusReader.Read(sources, lenient: false).Take(5).Count().ShouldBe(5);

        CorpusReader.Read(sources, lenient: false).Count().ShouldBe(1_000);
    }

    [Fact]
    public void Cancelling_stops_the_reading_with_an_OperationCanceledException()
    {
        var sources = Numbered(500);
        using var cancel = new CancellationTokenSource();

        Should.Throw<OperationCanceledException>(() =>
        {
            foreach (var _ in CorpusReader.Read(sources, lenient: false, cancel: cancel.Token)) cancel.Cancel();
        });
    }
}
