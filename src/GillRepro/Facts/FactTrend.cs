namespace GillRepro.Facts;

/// <summary>
/// A fact per year (<c>gillrepro plot --facts</c>): for hardware and software, the share of each year's
/// papers naming each of the names most named over all years, and the share naming only others
/// (<see cref="Other"/>); for code, the share giving a link, only promising code, or anonymizing it.
/// </summary>
public sealed record FactTrend
{
    /// <summary>The series of <see cref="FactTopic.Hardware"/> and <see cref="FactTopic.Software"/> that counts papers naming none of the top names but another.</summary>
    public const string Other = "other";

    internal FactTrend(FactTopic topic, EquatableArray<string> series, EquatableArray<FactTrendYear> years)
    {
        Topic = topic;
        Series = series;
        Years = years;
    }

    /// <summary>The facts followed.</summary>
    public FactTopic Topic { get; }

    /// <summary>The series' names, in the order of each year's <see cref="FactTrendYear.Shares"/>: the most named first, <see cref="Other"/> last.</summary>
    public EquatableArray<string> Series { get; }

    /// <summary>The years, ascending.</summary>
    public EquatableArray<FactTrendYear> Years { get; }

    /// <summary>
    /// The trend of a corpus read as copies, each paper counted once as <see cref="DistinctPapers.Weigh"/>
    /// weighs its copies. Keeps only each paper's year and names, so memory stays small.
    /// </summary>
    /// <param name="outcomes">What weighing the copies gave, in the order read.</param>
    /// <param name="topic">Which facts.</param>
    /// <param name="top">How many names to follow (hardware and software), from 1 to 20; the rest count as <see cref="Other"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="topic"/> is not a topic, or <paramref name="top"/> is not from 1 to 20.</exception>
    public static FactTrend Of(IEnumerable<CopyOutcome> outcomes, FactTopic topic, int top = 6)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        if (!Enum.IsDefined(topic)) throw new ArgumentOutOfRangeException(nameof(topic), topic, "Not a topic of facts.");
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(top, 20);
        var papers = new Dictionary<string, (int Year, string[] Names)>(StringComparer.Ordinal);
        foreach (var outcome in outcomes)
        {
            if (!outcome.Counts) continue;
            var paper = outcome.Copy.Paper;
            papers[outcome.Key] = (paper.Venue.Year, Names(PaperFacts.Of(paper), paper, topic));
        }
        return Build(papers.Values, topic, top);
    }

    /// <summary>The trend of papers given as they are (each counted as often as it is given).</summary>
    /// <param name="papers">The papers.</param>
    /// <param name="topic">Which facts.</param>
    /// <param name="top">How many names to follow (hardware and software), from 1 to 20.</param>
    public static FactTrend Of(IEnumerable<Paper> papers, FactTopic topic, int top = 6)
    {
        ArgumentNullException.ThrowIfNull(papers);
        if (!Enum.IsDefined(topic)) throw new ArgumentOutOfRangeException(nameof(topic), topic, "Not a topic of facts.");
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(top, 20);
        return Build([.. papers.Select(p => (p.Venue.Year, Names(PaperFacts.Of(p), p, topic)))], topic, top);
    }

    private static readonly string[] CodeSeries = ["link", "promised", "anonymized"];

    private static string[] Names(PaperFacts facts, Paper paper, FactTopic topic) => topic switch
    {
        FactTopic.Hardware => [.. facts.Hardware.Select(d => d.Model)],
        FactTopic.Software => [.. facts.Software.Select(s => s.Name)],
        _ => [.. CodeSeries.Where((_, i) => i switch { 0 => facts.Code.Links.Count > 0, 1 => facts.Code.Promised, _ => facts.Code.Anonymized })],
    };

    private static FactTrend Build(ICollection<(int Year, string[] Names)> papers, FactTopic topic, int top)
    {
        string[] series;
        if (topic == FactTopic.Code) series = CodeSeries;
        else
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (_, names) in papers) foreach (var name in names) counts[name] = counts.GetValueOrDefault(name) + 1;
            series = [.. counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(top).Select(c => c.Key), Other];
        }
        var years = new List<FactTrendYear>();
        foreach (var year in papers.GroupBy(p => p.Year).OrderBy(g => g.Key))
        {
            var total = year.Count();
            var shares = new Proportion[series.Length];
            for (var i = 0; i < series.Length; i++)
            {
                var name = series[i];
                var count = name == Other && topic != FactTopic.Code
                    ? year.Count(p => p.Names.Length > 0 && !p.Names.Any(n => Array.IndexOf(series, n) is var at && at >= 0 && at < series.Length - 1))
                    : year.Count(p => p.Names.Contains(name));
                shares[i] = new Proportion(count, total);
            }
            years.Add(new FactTrendYear(year.Key, total, EquatableArray.Own(shares)));
        }
        return new FactTrend(topic, EquatableArray.Own(series), EquatableArray.Own(years.ToArray()));
    }
}
