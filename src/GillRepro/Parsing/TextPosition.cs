namespace GillRepro.Parsing;

/// <summary>
/// Where a run of text ends, counted as spans count: lines end at LF, CRLF or a lone CR; columns count
/// UTF-16 code units from 1; a byte order mark that starts the text counts as an offset, not a column.
/// Advanced over the text a block at a time, with vectorised counts.
/// </summary>
internal struct TextPosition
{
    private bool _afterCr;

    public TextPosition() => (Line, Column) = (1, 1);

    public long Offset { get; private set; }

    public int Line { get; private set; }

    public int Column { get; private set; }

    /// <summary>The position just after <paramref name="text"/>, which follows what was advanced over before.</summary>
    public void Advance(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return;
        var start = Offset;
        Offset += text.Length;
        if (start == 0 && text[0] == '\uFEFF') text = text[1..];
        if (text.IsEmpty) return;

        // LF after a CR that ended the block before closes that line already.
        var crlfAcross = _afterCr && text[0] == '\n';
        var breaks = text.Count('\n') + text.Count('\r') - Count(text, "\r\n") - (crlfAcross ? 1 : 0);
        Line += breaks;
        var last = text.LastIndexOfAny('\n', '\r');
        Column = last < 0 ? Column + text.Length : text.Length - last;
        _afterCr = text[^1] == '\r';
    }

    private static int Count(ReadOnlySpan<char> text, string pair)
    {
        var count = 0;
        for (var at = text.IndexOf(pair); at >= 0; at = text[(at + 2)..].IndexOf(pair) is var next && next < 0 ? -1 : at + 2 + next) count++;
        return count;
    }
}
