namespace GillRepro.Parsing;

/// <summary>
/// Where scorecards begin in a stream, decided line by line with the grammar's own predicates, so a
/// stream is cut exactly where <see cref="ScorecardGrammar"/> ends one scorecard and begins the next: at
/// each <c>start</c> (a notice, or a line whose next line with text is an <c>Authors:</c> line), except
/// the first of the stream (lines before it are the first scorecard's preamble, unless a table header
/// came first) and a title right after a notice (the notice began its scorecard).
/// </summary>
internal struct Starts
{
    private bool _begun;
    private bool _afterNotice;

    /// <summary>True when a scorecard other than the first begins at <paramref name="text"/>.</summary>
    /// <param name="text">A line with text, without its trailing spaces and tabs.</param>
    /// <param name="next">The next line with text, likewise; empty at the end of the stream.</param>
    public bool Begins(string text, ReadOnlySpan<char> next)
    {
        var notice = ScorecardGrammar.IsNotice(text);
        var start = notice || (!ScorecardGrammar.IsAuthors(text) && ScorecardGrammar.IsAuthors(next));
        var begins = start && _begun && (notice || !_afterNotice);
        if (start || Rendering.IsAnyHeader(text)) _begun = true;
        _afterNotice = notice;
        return begins;
    }
}
