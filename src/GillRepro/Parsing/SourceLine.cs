namespace GillRepro.Parsing;

/// <summary>
/// One line of the source: where its text starts and ends (line end and trailing spaces and tabs
/// excluded) and where the next line starts. A line also ends where a page joined to it by <c>cat</c>
/// begins, at the Index's notice (<see cref="JoinedAt(ReadOnlySpan{char})"/>): the next line starts there, on the
/// same line of the source.
/// </summary>
internal readonly struct SourceLine
{

    private SourceLine(string source, int number, int column, int start, int end, int rawEnd, int next, bool hasLineEnd, bool isJoined, bool joinable)
    {
        Joinable = joinable;
        IsJoined = isJoined;
        RawEnd = rawEnd;
        Source = source;
        Number = number;
        StartColumn = column;
        Start = start;
        End = end;
        Next = next;
        HasLineEnd = hasLineEnd;
    }

    public string Source { get; }

    /// <summary>The 1-based line number.</summary>
    public int Number { get; }

    /// <summary>The 1-based column of <see cref="Start"/>: 1, unless a parser starts in the middle of a line.</summary>
    public int StartColumn { get; }

    /// <summary>The offset of the line's first character.</summary>
    public int Start { get; }

    /// <summary>The offset just past the line's text, trailing spaces, tabs and CR excluded.</summary>
    public int End { get; }

    /// <summary>The offset just past the line's text with its trailing spaces and tabs: only the line end (LF, CRLF) excluded.</summary>
    public int RawEnd { get; }

    /// <summary>The offset where the next line starts (the source's length after the last line).</summary>
    public int Next { get; }

    /// <summary>True when a line end (LF, CRLF or CR) ends this line.</summary>
    public bool HasLineEnd { get; }

    /// <summary>True when the line ends where a page joined to it begins, at that page's notice on the same line of the source.</summary>
    public bool IsJoined { get; }

    /// <summary>False when the source holds no notice after its first character (<see cref="SourceInput.Joinable"/>): no line is searched for one.</summary>
    public bool Joinable { get; }

    /// <summary>True when nothing follows this line: it is the last of the input.</summary>
    public bool EndsInput => !HasLineEnd && !IsJoined;

    public ReadOnlySpan<char> Text => Source.AsSpan(Start, End - Start);

    public bool IsBlank => End == Start;

    /// <summary>What a parser found where its line ends: the line's end or the input's.</summary>
    public string EndDescription => EndsInput ? "the end of the input" : "the end of the line";

    /// <summary>The 1-based column of an offset on this line.</summary>
    public int ColumnOf(int offset) => StartColumn + offset - Start;

    /// <summary>The line after this one; at the end of the input, an empty line there.</summary>
    public SourceLine NextLine() => At(Source, Next, HasLineEnd ? Number + 1 : Number, HasLineEnd ? 1 : ColumnOf(Next), Joinable);

    /// <summary>This line, or the first after it with text, or the last line where only blank lines follow.</summary>
    public SourceLine SkipBlankLines()
    {
        var line = this;
        while (line.IsBlank && !line.EndsInput) line = line.NextLine();
        return line;
    }

    /// <summary>The characters a line's text ends without: spaces and tabs before the line end.</summary>
    public static bool IsTrailingSpace(char c) => c is ' ' or '\t';

    /// <summary>A short quotation of the text a parser found, for messages.</summary>
    /// <remarks>Characters a reader cannot see are shown: a tab as <c>\t</c>, a no-break space and other
    /// invisible or control characters as <c>U+00A0</c>, so "expected" and "found" never look alike.</remarks>
    public static string Describe(ReadOnlySpan<char> found)
    {
        const int Longest = 40;
        if (found.IsEmpty) return "an empty line";
        var shown = found.Length <= Longest ? found : found[..Longest];
        var text = new System.Text.StringBuilder(shown.Length + 8).Append('`');
        foreach (var c in shown)
        {
            if (c == '\t') text.Append("\\t");
            else if (c != ' ' && (char.IsControl(c) || char.IsWhiteSpace(c) || System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format))
                text.Append(System.Globalization.CultureInfo.InvariantCulture, $"U+{(int)c:X4}");
            else text.Append(c);
        }
        return text.Append(found.Length <= Longest ? "`" : "…`").ToString();
    }

    /// <summary>The span of this line's text from <paramref name="offset"/> to its end.</summary>
    public SourceSpan SpanFrom(int offset) => new(offset, Math.Max(0, End - offset), Number, ColumnOf(offset));

    /// <summary>The span of this line's text.</summary>
    public SourceSpan Span => SpanFrom(Start);

    /// <summary>The line starting at <paramref name="start"/>; LF, CRLF and a lone CR each end a line, and so does a joined page's notice.</summary>
    public static SourceLine At(string source, int start, int number, int column = 1, bool joinable = true)
    {
        var found = source.AsSpan(start).IndexOfAny('\n', '\r');
        var newline = found < 0 ? -1 : start + found;
        var next = newline < 0 ? source.Length
            : source[newline] == '\r' && newline + 1 < source.Length && source[newline + 1] == '\n' ? newline + 2
            : newline + 1;
        var rawEnd = newline < 0 ? source.Length : newline;
        var joined = joinable ? JoinedAt(source, start, rawEnd) : -1;
        if (joined >= 0)
        {
            rawEnd = next = start + joined;
            newline = -1;
        }
        var end = rawEnd;
        while (end > start && IsTrailingSpace(source[end - 1])) end--;
        return new SourceLine(source, number, column, start, end, rawEnd, next, newline >= 0, joined >= 0, joinable);
    }

    /// <summary>
    /// Where, in one line, a page joined to the text before it begins: the first <see cref="VariableCatalog.NoticeOpening"/>
    /// with text other than spaces and tabs before it; -1 when there is none. A notice at the start of a
    /// line is that line, not a join.
    /// </summary>
    public static int JoinedAt(ReadOnlySpan<char> line)
    {
        // SourceLine asks JoinedAt(string, int, int) instead: the same answer, with the search remembered.
        var from = 0;
        while (true)
        {
            var found = line[from..].IndexOf(VariableCatalog.NoticeOpening, StringComparison.Ordinal);
            if (found < 0) return -1;
            var at = from + found;
            if (at > 0 && line[..at].IndexOfAnyExcept(' ', '\t') >= 0) return at;
            from = at + 1;
        }
    }

    /// <summary>
    /// <see cref="JoinedAt(ReadOnlySpan{char})"/> of the line from <paramref name="start"/> to
    /// <paramref name="end"/> of <paramref name="source"/>, offset from <paramref name="start"/>. The
    /// search for the next <see cref="VariableCatalog.NoticeOpening"/> is remembered (<see cref="_next"/>), so a text read line by
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

    /// <summary>The first <see cref="VariableCatalog.NoticeOpening"/> at or after <paramref name="from"/>, or -1.</summary>
    private static int NextOpening(string source, int from)
    {
        var next = _next;
        if (ReferenceEquals(next.Source, source) && from >= next.From && (next.Found < 0 || from <= next.Found)) return next.Found;
        var found = source.AsSpan(from).IndexOf(VariableCatalog.NoticeOpening, StringComparison.Ordinal);
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
