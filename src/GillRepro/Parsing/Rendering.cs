using Sprache;

namespace GillRepro.Parsing;

/// <summary>
/// One way a scorecard is laid out as text. The lines above the table are the same in every rendering;
/// a rendering says how its table starts (the frame), how a row is scanned into cells and written back,
/// and what it cannot write. Adding a rendering is one subclass and one entry in <see cref="All"/>.
/// </summary>
internal abstract class Rendering
{
    /// <summary>Every rendering, in the order detection tries them when no header tells.</summary>
    public static IReadOnlyList<Rendering> All { get; } = [new MarkdownRendering(), new PlainTextRendering()];

    /// <summary>The public name of the rendering.</summary>
    public abstract ScorecardRendering Kind { get; }

    /// <summary>What stands between the blocks above the table when written: a line end, or a blank line too.</summary>
    public abstract string BlockBreak { get; }

    /// <summary>A row as the messages describe it.</summary>
    public abstract string RowPattern { get; }

    /// <summary>The header and any other lines that open the table, each with its problem where it is wrong.</summary>
    public abstract Parser<Diagnostic[]> Frame { get; }

    /// <summary>True when the text is this rendering's table header.</summary>
    public abstract bool IsHeader(ReadOnlySpan<char> text);

    /// <summary>True when the text can only be the start of this rendering's table: the lines above it end there.</summary>
    public abstract bool OpensTable(ReadOnlySpan<char> text);

    /// <summary>True when the text is a row of this rendering's table, whole or damaged: what the stream splitter keeps in a document.</summary>
    public abstract bool StartsRow(ReadOnlySpan<char> text);

    /// <summary>Scans a line as a row into its cells.</summary>
    public abstract RowCells Scan(in SourceLine line);

    /// <summary>True when a line that is no row is the start of a variable name cut off by the end of the text.</summary>
    public abstract bool IsCutName(ReadOnlySpan<char> text);

    /// <summary>True when a whole row, the last of the text, may have been cut inside its result (a rendering without a closing cell cannot tell).</summary>
    public abstract bool MayBeCutInResult(in RowCells cells, Result result);

    /// <summary>Writes the table's opening lines, without a line end after them.</summary>
    public abstract void WriteHeader(TextWriter writer);

    /// <summary>Writes one row, without a line end.</summary>
    public abstract void WriteRow(TextWriter writer, Variable variable);

    /// <summary>Why this rendering cannot write <paramref name="variable"/> so that it reads back the same, or null when it can.</summary>
    public abstract string? Refuses(Variable variable, bool last);

    /// <summary>The whole grammar of a scorecard in this rendering, composed on first use.</summary>
    public Parser<ParseReport> Grammar => field ??= ScorecardGrammar.Scorecard(this);

    /// <summary>The rendering of a public name; <see cref="ScorecardRendering.Auto"/> has none.</summary>
    public static Rendering Of(ScorecardRendering kind) =>
        All.FirstOrDefault(r => r.Kind == kind) ?? throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a rendering.");

    /// <summary>True when the text opens a table in any rendering: the lines above the table end there.</summary>
    public static bool OpensAnyTable(ReadOnlySpan<char> text)
    {
        foreach (var rendering in All)
        {
            if (rendering.OpensTable(text)) return true;
        }
        return false;
    }

    /// <summary>
    /// The renderings to try on a text, most likely first: the one whose table header comes first in the
    /// text, then the others in the order of <see cref="All"/>.
    /// </summary>
    public static IEnumerable<Rendering> Candidates(string text, int start)
    {
        var first = Detect(text, start);
        yield return first;
        foreach (var rendering in All)
        {
            if (rendering != first) yield return rendering;
        }
    }

    private static Rendering Detect(string text, int start)
    {
        var line = SourceLine.At(text, start, 1);
        while (true)
        {
            foreach (var rendering in All)
            {
                if (rendering.IsHeader(line.Text)) return rendering;
            }
            if (!line.HasLineEnd) return All[0];
            line = SourceLine.At(text, line.Next, line.Number + 1);
        }
    }

    /// <summary>
    /// One line that opens the table: read when <paramref name="isIt"/> accepts it; skipped with an error
    /// when it is something else; left for the rows, with an error saying it is missing, when it is a row.
    /// </summary>
    protected Parser<Reading<bool>> FrameLine(string code, string expected, LineTest isIt, bool skipBlankLines) =>
        Lines.Line($"{expected}", (in SourceLine line, out Reading<bool> value) =>
            {
                if (isIt(line.Text))
                {
                    value = Reading<bool>.Clean(true);
                    return true;
                }
                value = Reading<bool>.With(false, new Diagnostic(code, DiagnosticSeverity.Error,
                    $"expected {expected}, found {SourceLine.Describe(line.Text)}", line.Span, "the line is skipped"));
                return !StartsRow(line.Text);
            }, skipBlankLines)
            .Or(Lines.Missing(code, DiagnosticSeverity.Error, expected, false));
}

/// <summary>Whether a line's text (without its line end and trailing spaces) is what is wanted.</summary>
internal delegate bool LineTest(ReadOnlySpan<char> text);
