namespace GillRepro.Parsing.PlainText;

/// <summary>
/// The plain-text table: a header line, then one line per variable, <c>variable result evidence</c>
/// with no pipes. The grammar knows the nine variable names, so it can tell where a name ends; the
/// result is the next word; the evidence is the rest of the line, every character kept.
/// </summary>
internal static class PlainTextTable
{
    internal const string HeaderLine = "Reproducibility Variable Result LLM Response";
    internal const string RowPattern = "`<variable> <result> <evidence>` starting with one of the nine variable names";

    public static bool IsHeader(ReadOnlySpan<char> text) => text.Equals(HeaderLine, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when the text starts with one of the nine variable names: a row of this table, whole or not.</summary>
    public static bool IsRow(ReadOnlySpan<char> text) => !text.IsWhiteSpace() && KnownNameAt(text) >= 0;

    public static RowScan Scan(in SourceLine line)
    {
        // The raw line keeps trailing spaces and tabs: they may be evidence.
        var text = line.Source.AsSpan(line.Start, line.RawEnd - line.Start);
        var start = line.Start;
        var nameLength = KnownNameAt(text);
        if (nameLength < 0 || line.IsBlank) return RowScan.NotARow(line);

        var nameEnd = start + nameLength;
        var afterName = text[nameLength..].TrimEnd(" \t");
        if (afterName.IsEmpty)
            return new RowScan(RowShape.EndsInResult, start, nameEnd, nameEnd, nameEnd, nameEnd, nameEnd, line.End);

        var resultStart = nameEnd + 1;
        var space = text[(nameLength + 1)..].IndexOf(' ');
        if (space < 0)
        {
            // The line ends with the result: a row with empty evidence, or one cut inside its result.
            return new RowScan(RowShape.Whole, start, nameEnd, resultStart, line.End, line.End, line.End, line.End);
        }

        var resultEnd = resultStart + space;
        return new RowScan(resultEnd == resultStart ? RowShape.EmptyResult : RowShape.Whole,
            start, nameEnd, resultStart, resultEnd, resultEnd + 1, line.RawEnd, resultStart);
    }

    /// <summary>The length of the known variable name the line starts with (followed by a space or the end), or -1.</summary>
    private static int KnownNameAt(ReadOnlySpan<char> text)
    {
        var best = -1;
        foreach (var name in Vocabulary.VariableNames)
        {
            if (name.Length > best && text.StartsWith(name, StringComparison.OrdinalIgnoreCase)
                && (text.Length == name.Length || text[name.Length] == ' '))
            {
                best = name.Length;
            }
        }
        return best;
    }
}
