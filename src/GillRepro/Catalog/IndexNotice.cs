namespace GillRepro;

/// <summary>
/// The notice the Index prints above every page's title. Its opening words are how a reader finds where a
/// page begins, also when <c>cat</c> joined it to the page before (canonical pages end without a newline,
/// so the next page's notice follows the last row on the same line).
/// </summary>
internal static class IndexNotice
{
    /// <summary>What every notice line starts with; a line that does is read as a notice.</summary>
    public const string Prefix = "Notice:";

    /// <summary>The words every wording of the Index's notice has opened with, so far.</summary>
    public const string Opening = "Notice: The reproducibility variables";

    /// <summary>
    /// The notice of the current site, word for word. A page that carries it shares this string instead of
    /// a copy: it is a sixth of a real page's text (measured on the corpus: 1.0 KB of the 16.9 KB a page
    /// allocated). Other wordings are read as they are.
    /// </summary>
    public const string Current = "Notice: The reproducibility variables underlying each score are classified using an automated LLM-based pipeline, validated against a manually labeled dataset. LLM-based classification introduces uncertainty and potential bias; scores should be interpreted as estimates. Full accuracy metrics and methodology are described in Coakley et alK. L. Coakley, T. Snelleman, H. Hoos, and O. E. Gundersen, \"The embrace of open science: An analysis of a decade of AI research and 56 800 conference papers,\" Under Review, 2026..";

    /// <summary>
    /// Where, in one line, a page joined to the text before it begins: the first <see cref="Opening"/>
    /// with text other than spaces and tabs before it; -1 when there is none. A notice at the start of a
    /// line is that line, not a join.
    /// </summary>
    public static int JoinedAt(ReadOnlySpan<char> line)
    {
        // SourceLine asks JoinedAt(string, int, int) instead: the same answer, with the search remembered.
        var from = 0;
        while (true)
        {
            var found = line[from..].IndexOf(Opening, StringComparison.Ordinal);
            if (found < 0) return -1;
            var at = from + found;
            if (at > 0 && line[..at].IndexOfAnyExcept(' ', '\t') >= 0) return at;
            from = at + 1;
        }
    }

    /// <summary>
    /// <see cref="JoinedAt(ReadOnlySpan{char})"/> of the line from <paramref name="start"/> to
    /// <paramref name="end"/> of <paramref name="source"/>, offset from <paramref name="start"/>. The
    /// search for the next <see cref="Opening"/> is remembered (<see cref="_next"/>), so a text read line by
    /// line, and lines read again by another production, are searched about once in all, not once per read.
    /// </summary>
    public static int JoinedAt(string source, int start, int end)
    {
        for (var from = start + 1; from < end;)
        {
            var at = NextOpening(source, from);
            if (at < 0 || at >= end) return -1;
            if (source.AsSpan(start, at - start).IndexOfAnyExcept(' ', '\t') >= 0) return at - start;
            from = at + 1;
        }
        return -1;
    }

    /// <summary>The first <see cref="Opening"/> at or after <paramref name="from"/>, or -1.</summary>
    private static int NextOpening(string source, int from)
    {
        var next = _next;
        if (ReferenceEquals(next.Source, source) && from >= next.From && (next.Found < 0 || from <= next.Found)) return next.Found;
        var found = source.AsSpan(from).IndexOf(Opening, StringComparison.Ordinal);
        if (found >= 0) found += from;
        _next = (source, from, found);
        return found;
    }

    /// <summary>
    /// The last search of this thread: in <c>Source</c>, the first opening at or after <c>From</c> is at
    /// <c>Found</c> (-1: none). A pure function's memo: the same text gives the same answer.
    /// </summary>
    [ThreadStatic]
    private static (string? Source, int From, int Found) _next;
}
