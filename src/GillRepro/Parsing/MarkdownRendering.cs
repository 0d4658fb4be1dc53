using Sprache;
using Result = GillRepro.Model.Result;

namespace GillRepro.Parsing;

/// <summary>
/// The Index's markdown page: a header row, a separator row, and pipe rows
/// <c>| variable | result | evidence |</c> whose evidence may hold unescaped pipes.
/// </summary>
internal sealed class MarkdownRendering : Rendering
{
    internal const string HeaderRow = "| Reproducibility Variable | Result | LLM Response |";
    internal const string SeparatorRow = "|---|---|---|";

    private static readonly string[] HeaderCells = ["Reproducibility Variable", "Result", "LLM Response"];

    public MarkdownRendering()
    {
        // header = "|" , "Reproducibility Variable" , "|" , "Result" , "|" , "LLM Response" , "|" ;
        // separator = "|" , 3 * ( [ ":" ] , "-" , { "-" } , [ ":" ] , "|" ) ;
        Frame =
            from header in FrameLine(DiagnosticCodes.MissingHeader, $"the table header `{HeaderRow}`", line => IsHeader(line.Text), skipBlankLines: true)
            from separator in FrameLine(DiagnosticCodes.MissingSeparator, $"the table's separator row `{SeparatorRow}`", line => IsSeparator(line.Text), skipBlankLines: false)
            select (Diagnostic[])[.. header.Problems, .. separator.Problems];
    }

    public override ScorecardRendering Kind => ScorecardRendering.Markdown;

    public override string BlockBreak => "\n";

    public override string RowPattern => "`| <variable> | <result> | <evidence> |`";

    public override Parser<Diagnostic[]> Frame { get; }

    /// <summary><c>| Reproducibility Variable | Result | LLM Response |</c>, with any padding and letter case.</summary>
    public override bool IsHeader(ReadOnlySpan<char> text)
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

    public override bool StartsRow(ReadOnlySpan<char> text) => text.TrimStart(' ').StartsWith("|");

    /// <summary>A line starting with <c>|</c>: the header, the separator or a row; no line above the table does.</summary>
    public override bool OpensTable(ReadOnlySpan<char> text) => StartsRow(text);

    public override bool IsCutName(ReadOnlySpan<char> text) => false;

    public override bool MayBeCutInResult(bool noEvidence, Result result) => false;

    /// <summary>
    /// Scans a pipe row. The evidence is everything between the third pipe and the last one, less one
    /// space of padding on each side; where the closing pipe is missing it runs to the end of the line,
    /// trailing spaces included, so nothing is lost.
    /// </summary>
    public override (Variable? Value, Diagnostic[] Problems)? Scan(SourceLine line)
    {
        var source = line.Source;
        var text = line.Text;
        var first = text.IndexOf('|');
        if (first < 0 || !text[..first].IsWhiteSpace()) return null;

        var start = line.Start;
        var second = IndexOf(text, first + 1);
        if (second < 0)
            return Read(line, RowShape.EndsInName, Trimmed(source, start + first + 1, line.End, out var ne), ne, 0, 0, 0, 0, line.End);

        var nameStart = Trimmed(source, start + first + 1, start + second, out var nameEnd);
        var third = IndexOf(text, second + 1);
        if (third < 0)
        {
            var rs = Trimmed(source, start + second + 1, line.End, out var re);
            return Read(line, RowShape.EndsInResult, nameStart, nameEnd, rs, re, line.End, line.End, line.End);
        }

        var resultStart = Trimmed(source, start + second + 1, start + third, out var resultEnd);
        if (nameStart == nameEnd)
            return Read(line, RowShape.EmptyName, nameStart, nameEnd, resultStart, resultEnd, 0, 0, start + first + 1);

        if (text[^1] != '|')
        {
            var evidenceStart = start + third + 1;
            if (evidenceStart < line.RawEnd && source[evidenceStart] == ' ') evidenceStart++;
            return Read(line, RowShape.EndsInEvidence, nameStart, nameEnd, resultStart, resultEnd, evidenceStart, line.RawEnd, line.End);
        }

        var last = text.Length - 1;
        if (last == third)
            return Read(line, RowShape.TwoCells, nameStart, nameEnd, resultStart, resultEnd, line.End, line.End, line.End);

        var from = start + third + 1;
        var to = start + last;
        if (from < to && source[from] == ' ') from++;
        if (to > from && source[to - 1] == ' ') to--;
        var shape = resultStart == resultEnd ? RowShape.EmptyResult : RowShape.Whole;
        return Read(line, shape, nameStart, nameEnd, resultStart, resultEnd, from, to, start + second + 1);
    }

    public override void WriteHeader(TextWriter writer)
    {
        writer.Write(HeaderRow);
        writer.Write('\n');
        writer.Write(SeparatorRow);
    }

    public override void WriteRow(TextWriter writer, Variable variable)
    {
        writer.Write("| ");
        writer.Write(variable.Name);
        writer.Write(" | ");
        writer.Write(variable.Result.Text);
        writer.Write(" | ");
        writer.Write(variable.Evidence.Text);
        writer.Write(" |");
    }

    public override string? Refuses(Variable variable, bool last) =>
        Cell(variable.Name, "a variable's name", allowEmpty: false)
        ?? Cell(variable.Result.Text, $"the result of `{variable.Name}`", allowEmpty: true);

    /// <summary>Why a name or result cannot stand in a cell: the cell's padding and pipes would change it.</summary>
    private static string? Cell(string text, string what, bool allowEmpty) =>
        text.Length == 0 && !allowEmpty ? $"{what} is empty"
        : text.Contains('|') ? $"{what} holds `|`, which would end its cell"
        : text.Length > 0 && (text[0] == ' ' || text[^1] == ' ') ? $"{what} starts or ends with a space, which is a cell's padding"
        : null;

    /// <summary>The next pipe at or after <paramref name="from"/>: names and results are short, so a plain loop finds it soonest.</summary>
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
