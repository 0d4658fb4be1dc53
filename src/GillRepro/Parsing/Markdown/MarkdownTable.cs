namespace GillRepro.Parsing.Markdown;

/// <summary>The markdown table: its header row, its separator row and its pipe rows.</summary>
internal static class MarkdownTable
{
    internal const string HeaderRow = "| Reproducibility Variable | Result | LLM Response |";
    internal const string SeparatorRow = "|---|---|---|";
    internal const string RowPattern = "`| <variable> | <result> | <evidence> |`";

    private static readonly string[] HeaderCells = ["Reproducibility Variable", "Result", "LLM Response"];

    /// <summary><c>| Reproducibility Variable | Result | LLM Response |</c>, with any padding and letter case.</summary>
    public static bool IsHeader(ReadOnlySpan<char> text)
    {
        if (text.SequenceEqual(HeaderRow)) return true;
        if (text.Length < 2 || text[0] != '|' || text[^1] != '|') return false;
        var cells = text[1..];
        foreach (var expected in HeaderCells)
        {
            var bar = cells.IndexOf('|');
            if (bar < 0 || !cells[..bar].Trim(' ').Equals(expected, StringComparison.OrdinalIgnoreCase)) return false;
            cells = cells[(bar + 1)..];
        }
        return cells.IsEmpty;
    }

    /// <summary><c>|---|---|---|</c>, each cell dashes with optional colons and spaces.</summary>
    public static bool IsSeparator(ReadOnlySpan<char> text)
    {
        if (text.SequenceEqual(SeparatorRow)) return true;
        if (text.Length == 0 || text[0] != '|') return false;
        var i = 1;
        for (var cell = 0; cell < HeaderCells.Length; cell++)
        {
            while (i < text.Length && text[i] == ' ') i++;
            if (i < text.Length && text[i] == ':') i++;
            var dashes = i;
            while (i < text.Length && text[i] == '-') i++;
            if (i == dashes) return false;
            if (i < text.Length && text[i] == ':') i++;
            while (i < text.Length && text[i] == ' ') i++;
            if (i == text.Length || text[i] != '|') return false;
            i++;
        }
        return i == text.Length;
    }

    /// <summary>
    /// Scans a pipe row. The evidence is everything between the third pipe and the last one, less one
    /// space of padding on each side; where the closing pipe is missing it runs to the end of the line,
    /// trailing spaces included, so nothing is lost.
    /// </summary>
    public static RowScan Scan(in SourceLine line)
    {
        var source = line.Source;
        var text = line.Text;
        var first = IndexOf(text, 0);
        if (first < 0 || !text[..first].IsWhiteSpace()) return RowScan.NotARow(line);

        var start = line.Start;
        var second = IndexOf(text, first + 1);
        if (second < 0)
            return new RowScan(RowShape.EndsInName, Trimmed(source, start + first + 1, line.End, out var ne), ne, 0, 0, 0, 0, line.End);

        var nameStart = Trimmed(source, start + first + 1, start + second, out var nameEnd);
        var third = IndexOf(text, second + 1);
        if (third < 0)
        {
            var rs = Trimmed(source, start + second + 1, line.End, out var re);
            return new RowScan(RowShape.EndsInResult, nameStart, nameEnd, rs, re, line.End, line.End, line.End);
        }

        var resultStart = Trimmed(source, start + second + 1, start + third, out var resultEnd);
        if (nameStart == nameEnd)
            return new RowScan(RowShape.EmptyName, nameStart, nameEnd, resultStart, resultEnd, 0, 0, start + first + 1);

        if (text[^1] != '|')
        {
            var evidenceStart = start + third + 1;
            if (evidenceStart < line.RawEnd && source[evidenceStart] == ' ') evidenceStart++;
            return new RowScan(RowShape.EndsInEvidence, nameStart, nameEnd, resultStart, resultEnd, evidenceStart, line.RawEnd, line.End);
        }

        var last = text.Length - 1;
        if (last == third)
            return new RowScan(RowShape.TwoCells, nameStart, nameEnd, resultStart, resultEnd, line.End, line.End, line.End);

        var from = start + third + 1;
        var to = start + last;
        if (from < to && source[from] == ' ') from++;
        if (to > from && source[to - 1] == ' ') to--;
        var shape = resultStart == resultEnd ? RowShape.EmptyResult : RowShape.Whole;
        return new RowScan(shape, nameStart, nameEnd, resultStart, resultEnd, from, to, start + second + 1);
    }

    /// <summary>
    /// The next pipe at or after <paramref name="from"/>. Names and results are short, so a plain loop
    /// finds their closing pipe sooner than a vectorised search can be set up.
    /// </summary>
    private static int IndexOf(ReadOnlySpan<char> text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (text[i] == '|') return i;
        }
        return -1;
    }

    /// <summary>The cell between two offsets without its surrounding spaces.</summary>
    private static int Trimmed(string source, int start, int end, out int trimmedEnd)
    {
        while (start < end && source[start] == ' ') start++;
        while (end > start && source[end - 1] == ' ') end--;
        trimmedEnd = end;
        return start;
    }
}
