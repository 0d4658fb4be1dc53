namespace GillRepro.Corpus;

/// <summary>How a corpus's papers are grouped (<see cref="CorpusSummary.Of(IEnumerable{Paper}, Grouping, ScoringProfile?, SummaryFigures, PaperFilter?)"/>, comparisons of labellings).</summary>
public enum Grouping
{
    /// <summary>One group of every paper, keyed <c>all</c>.</summary>
    None = 0,

    /// <summary>By the venue's year: <c>2014</c>, <c>2023</c>.</summary>
    Year,

    /// <summary>By venue: <c>AAAI</c>, <c>NeurIPS</c>.</summary>
    Venue,

    /// <summary>By venue and year: <c>NeurIPS 2023</c>.</summary>
    VenueYear,

    /// <summary>
    /// By the researchers' affiliation, as the Index groups it: <c>academia</c> (Academia), <c>industry</c>
    /// (Collaboration or Industry), and <c>unknown</c> for any other result (<c>-1</c>, <c>N/A</c>) or none.
    /// </summary>
    Affiliation,
}
