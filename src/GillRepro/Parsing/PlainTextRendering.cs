using Sprache;

namespace GillRepro.Parsing;

/// <summary>
/// The page as a browser copy or a text extract reads: blocks separated by blank lines, a header line,
/// then one line per variable, <c>variable result evidence</c>, with no pipes. Without pipes the cells are
/// told apart by the nine names of <see cref="VariableCatalog"/>: a row starts with one of them, the result
/// is the next word, the evidence is the rest of the line, every character kept.
/// </summary>
internal sealed class PlainTextRendering : Rendering
{
    internal const string HeaderLine = "Reproducibility Variable Result LLM Response";

    public PlainTextRendering()
    {
        // header = "Reproducibility Variable Result LLM Response" ;
        Frame =
            from header in FrameLine(DiagnosticCodes.MissingHeader, $"the table header `{HeaderLine}`", line => IsHeader(line.Text), skipBlankLines: true)
            select header.Problems;
    }

    public override ScorecardRendering Kind => ScorecardRendering.PlainText;

    public override string BlockBreak => "\n\n";

    public override string RowPattern => "`<variable> <result> <evidence>` starting with one of the nine variable names";

    public override Parser<Diagnostic[]> Frame { get; }

    public override bool IsHeader(ReadOnlySpan<char> text) => text.Equals(HeaderLine, StringComparison.OrdinalIgnoreCase);

    /// <summary>The header line: rows start with a variable's name, which a venue line may start with too.</summary>
    public override bool OpensTable(ReadOnlySpan<char> text) => IsHeader(text);

    public override bool StartsRow(ReadOnlySpan<char> text) => !text.IsWhiteSpace() && KnownNameAt(text) >= 0;

    public override bool IsCutName(ReadOnlySpan<char> text)
    {
        foreach (var name in VariableCatalog.VariableNames)
        {
            if (name.AsSpan().StartsWith(text, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>A last row that ends right after a result that is none of the Index's words may be a word cut short.</summary>
    public override bool MayBeCutInResult(RowCells cells, Result result) =>
        cells.EvidenceStart == cells.EvidenceEnd && result.Value == ResultValue.Unrecognized;

    public override RowCells Scan(SourceLine line)
    {
        // The raw line keeps trailing spaces and tabs: they may be evidence.
        var text = line.Source.AsSpan(line.Start, line.RawEnd - line.Start);
        var start = line.Start;
        var nameLength = KnownNameAt(text);
        if (nameLength < 0 || line.IsBlank) return RowCells.NotARow(line);

        var nameEnd = start + nameLength;
        var afterName = text[nameLength..].TrimEnd(" \t");
        if (afterName.IsEmpty)
            return new RowCells(RowShape.NoResult, start, nameEnd, nameEnd, nameEnd, nameEnd, nameEnd, line.End);

        var resultStart = nameEnd + 1;
        var space = text[(nameLength + 1)..].IndexOf(' ');
        if (space < 0)
        {
            // The line ends with the result: a row with empty evidence, or one cut inside its result.
            return new RowCells(RowShape.Whole, start, nameEnd, resultStart, line.End, line.End, line.End, line.End);
        }

        var resultEnd = resultStart + space;
        return new RowCells(resultEnd == resultStart ? RowShape.EmptyResult : RowShape.Whole,
            start, nameEnd, resultStart, resultEnd, resultEnd + 1, line.RawEnd, resultStart);
    }

    public override void WriteHeader(TextWriter writer) => writer.Write(HeaderLine);

    public override void WriteRow(TextWriter writer, Variable variable)
    {
        writer.Write(variable.Name);
        writer.Write(' ');
        writer.Write(variable.Result.Text);
        if (variable.Evidence.Text.Length > 0)
        {
            writer.Write(' ');
            writer.Write(variable.Evidence.Text);
        }
    }

    public override string? Refuses(Variable variable, bool last)
    {
        var name = variable.Name;
        if (KnownNameAt(name) != name.Length)
            return $"the variable `{name}` is not one of the nine names spelled as the Index spells them (in any letter case), which plain text needs to tell the name from the result";
        var result = variable.Result.Text;
        if (result.Length == 0 || result.AsSpan().ContainsAny(' ', '\t'))
            return $"the result `{result}` of `{name}` is not one word, which plain text needs to tell the result from the evidence";
        if (last && variable.Evidence.Text.Length == 0 && variable.Result.Value == ResultValue.Unrecognized)
            return $"the last row, `{name}`, has the result `{result}`, which is none of the Index's words, and no evidence: read back, it cannot be told from a row cut inside its result";
        return null;
    }

    /// <summary>The length of the longest known variable name the text starts with (followed by a space or the end), or -1.</summary>
    private static int KnownNameAt(ReadOnlySpan<char> text)
    {
        var best = -1;
        foreach (var name in VariableCatalog.VariableNames)
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
