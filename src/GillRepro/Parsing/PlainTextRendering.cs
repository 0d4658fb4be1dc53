using Sprache;
using Result = GillRepro.Model.Result;

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

    /// <summary>
    /// The characters that may stand between a browser copy's cells, and between the words of the header
    /// and of a name: a space, a tab, a no-break space (U+00A0, U+2007, U+202F). A run of them is one gap.
    /// </summary>
    private const string GapCharacters = " \t\u00A0\u2007\u202F";

    private static readonly System.Buffers.SearchValues<char> Gaps = System.Buffers.SearchValues.Create(GapCharacters);

    /// <summary>The gaps a clean copy never has: all but the plain space.</summary>
    private static readonly System.Buffers.SearchValues<char> BrowserGaps = System.Buffers.SearchValues.Create(GapCharacters.AsSpan(1));

    private static bool IsGap(char c) => Gaps.Contains(c);

    /// <summary>The header, in any letter case, its words apart by any gap (a browser copy has tabs there).</summary>
    public override bool IsHeader(ReadOnlySpan<char> text) => WordsAt(text, HeaderLine) == text.Length;

    /// <summary>The name as the record keeps it: its words apart by single spaces, as a clean copy writes them.</summary>
    public override string NameOf(ReadOnlySpan<char> cell)
    {
        // A clean copy's name, words apart by single spaces, is kept as it is.
        if (!cell.ContainsAny(BrowserGaps) && !cell.Contains("  ", StringComparison.Ordinal)) return VariableCatalog.Intern(cell);
        var words = new System.Text.StringBuilder(cell.Length);
        var gap = false;
        foreach (var c in cell)
        {
            if (IsGap(c))
            {
                gap = true;
                continue;
            }
            if (gap && words.Length > 0) words.Append(' ');
            gap = false;
            words.Append(c);
        }
        return VariableCatalog.Intern(words.ToString());
    }

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
    public override bool MayBeCutInResult(bool noEvidence, Result result) =>
        noEvidence && result.Value == ResultValue.Unrecognized;

    public override (Variable? Value, Diagnostic[] Problems)? Scan(SourceLine line)
    {
        var source = line.Source;
        // Spaces and tabs at the end of the line are dropped, as everywhere: an editor adds or strips them
        // unasked, and no real page's evidence ends with one.
        var text = line.Text;
        var start = line.Start;
        var nameLength = KnownNameAt(text);
        if (nameLength < 0 || line.IsBlank) return null;

        var nameEnd = start + nameLength;
        var afterName = text[nameLength..].TrimEnd(" \t");
        if (afterName.IndexOfAnyExcept(Gaps) < 0)
            return Read(line, RowShape.NoResult, start, nameEnd, nameEnd, nameEnd, nameEnd, nameEnd, line.End);

        // Cells are apart by one gap: a space in a clean copy, a tab, no-break spaces or a run of spaces in
        // a browser's. The result is one word; the evidence is the rest of the line, every character kept.
        var resultStart = nameEnd + text[nameLength..].IndexOfAnyExcept(Gaps);
        var gap = source.AsSpan(resultStart, line.End - resultStart).IndexOfAny(Gaps);
        if (gap < 0 || resultStart + gap >= line.End)
        {
            // The line ends with the result: a row with empty evidence, or one cut inside its result.
            return Read(line, RowShape.Whole, start, nameEnd, resultStart, line.End, line.End, line.End, line.End);
        }

        var resultEnd = resultStart + gap;
        var evidenceStart = resultEnd + source.AsSpan(resultEnd, line.End - resultEnd).IndexOfAnyExcept(Gaps);
        if (evidenceStart < resultEnd) evidenceStart = line.End;
        return Read(line, RowShape.Whole, start, nameEnd, resultStart, resultEnd, evidenceStart, line.End, resultStart);
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
        if (KnownNameAt(name) != name.Length || NameOf(name) != name)
            return $"the variable `{name}` is not one of the nine names spelled as the Index spells them (in any letter case, words apart by single spaces), which plain text needs to tell the name from the result";
        var result = variable.Result.Text;
        if (result.Length == 0 || result.AsSpan().ContainsAny(Gaps))
            return $"the result `{result}` of `{name}` is not one word, which plain text needs to tell the result from the evidence";
        var evidence = variable.Evidence.Text;
        if (evidence.Length > 0 && IsGap(evidence[0]))
            return $"the evidence of `{name}` starts with a space, tab or no-break space, which plain text reads as the gap between cells";
        if (evidence.Length > 0 && SourceLine.IsTrailingSpace(evidence[^1]))
            return $"the evidence of `{name}` ends with a space or tab, which ends a line unseen";
        if (last && variable.Evidence.Text.Length == 0 && variable.Result.Value == ResultValue.Unrecognized)
            return $"the last row, `{name}`, has the result `{result}`, which is none of the Index's words, and no evidence: read back, it cannot be told from a row cut inside its result";
        return null;
    }

    /// <summary>The length of text the longest known variable name the text starts with takes (followed by a gap or the end), or -1.</summary>
    private static int KnownNameAt(ReadOnlySpan<char> text)
    {
        int best = -1, longest = -1;
        foreach (var name in VariableCatalog.VariableNames)
        {
            var length = WordsAt(text, name);
            if (length >= 0 && name.Length > longest && (text.Length == length || IsGap(text[length])))
            {
                longest = name.Length;
                best = length;
            }
        }
        return best;
    }

    /// <summary>
    /// How much of <paramref name="text"/> the words of <paramref name="words"/> take at its start, in any
    /// letter case, each space of <paramref name="words"/> matching a run of gaps; -1 when they are not there.
    /// </summary>
    private static int WordsAt(ReadOnlySpan<char> text, string words)
    {
        if (text.StartsWith(words, StringComparison.OrdinalIgnoreCase)) return words.Length;
        var at = 0;
        foreach (var c in words)
        {
            if (c == ' ')
            {
                if (at >= text.Length || !IsGap(text[at])) return -1;
                while (at < text.Length && IsGap(text[at])) at++;
                continue;
            }
            if (at >= text.Length || char.ToUpperInvariant(text[at]) != char.ToUpperInvariant(c)) return -1;
            at++;
        }
        return at;
    }
}
