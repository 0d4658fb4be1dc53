using Sprache;
using static GillRepro.DiagnosticCodes;

namespace GillRepro.Parsing;

/// <summary>
/// One way a scorecard is laid out as text. The lines above the table are the same in every rendering;
/// a rendering says how its table starts (the frame), how a row is scanned into cells and written back,
/// and what it cannot write. Adding a rendering is one subclass and one entry in <see cref="All"/>.
/// </summary>
internal abstract class Rendering
{
    /// <summary>Every rendering, in the order detection tries them when no header tells.</summary>
    public static readonly Rendering[] All = [new MarkdownRendering(), new PlainTextRendering()];

    /// <summary>For each rendering, the order to try them in when its header comes first: it, then the others.</summary>
    private static readonly Rendering[][] Orders = [.. All.Select(first => (Rendering[])[first, .. All.Where(r => r != first)])];

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

    /// <summary>A variable's name cell as the record keeps it.</summary>
    public virtual string NameOf(ReadOnlySpan<char> cell) => VariableCatalog.Intern(cell);

    /// <summary>Scans a line as a row into its cells.</summary>
    public abstract RowCells Scan(SourceLine line);

    /// <summary>True when a line that is no row is the start of a variable name cut off by the end of the text.</summary>
    public abstract bool IsCutName(ReadOnlySpan<char> text);

    /// <summary>True when a whole row, the last of the text, may have been cut inside its result (a rendering without a closing cell cannot tell).</summary>
    public abstract bool MayBeCutInResult(RowCells cells, Result result);

    /// <summary>Writes the table's opening lines, without a line end after them.</summary>
    public abstract void WriteHeader(TextWriter writer);

    /// <summary>Writes one row, without a line end.</summary>
    public abstract void WriteRow(TextWriter writer, Variable variable);

    /// <summary>Why this rendering cannot write <paramref name="variable"/> so that it reads back the same, or null when it can.</summary>
    public abstract string? Refuses(Variable variable, bool last);

    /// <summary>The whole grammar of a scorecard in this rendering, composed on first use.</summary>
    public Parser<ParseReport> Grammar => field ??= ScorecardGrammar.Scorecard(this);

    /// <summary>
    /// One line of the table: <c>table-line = row | blank | stray ;</c> a row (whole or damaged) read into
    /// its variable, a blank line, or any other line, skipped. Each with its problems. One leaf reads the
    /// line all three ways: three leaves under <c>XOr</c> cost a closure per line and a merged failure at the
    /// end of each table, 0.7 KB a page, which put parsing above the bare Split reader's allocation
    /// (docs/performance.md).
    /// </summary>
    public Parser<Reading<Variable?>> TableLine => field ??=
        Lines.Line("a table line", line => Row(line) ?? Blank(line) ?? Stray(line), skipBlankLines: false);

    private const string Dropped = "the row is dropped";

    /// <summary>A row of this rendering, whole or damaged; null for a line that is no row at all.</summary>
    private Reading<Variable?>? Row(SourceLine line)
    {
        var cells = Scan(line);
        if (cells.Shape != RowShape.NotARow) return Read(line, cells);
        return line.IsLast && IsCutName(line.Text) ? Drop(line, CutInNameOrResult, "the scorecard ends inside this row's variable name") : null;
    }

    /// <summary>A blank line: the end of the text's blank tail, or a blank line inside the table (read on).</summary>
    private static Reading<Variable?>? Blank(SourceLine line) =>
        !line.IsBlank ? null
        : line.IsLast ? Reading<Variable?>.Clean(default)
        : Reading<Variable?>.With(default, new Diagnostic(BlankLineInTable, DiagnosticSeverity.Warning, "a blank line inside the table", line.Span, "the rows after it are read on"));

    /// <summary>Any other line: not a row, skipped.</summary>
    private Reading<Variable?>? Stray(SourceLine line) =>
        Reading<Variable?>.With(default, new Diagnostic(UnexpectedLine, DiagnosticSeverity.Error,
            $"expected a table row {RowPattern}, found {SourceLine.Describe(line.Text)}", line.Span, "the line is skipped"));

    /// <summary>A row's shape turned into the row, a diagnostic, or both: the one table from shape to message that strict and lenient parsing share.</summary>
    private Reading<Variable?> Read(SourceLine line, RowCells cells)
    {
        var last = line.IsLast;
        var at = line.SpanFrom(cells.ProblemOffset);
        switch (cells.Shape)
        {
            case RowShape.EndsInName when last:
                return Drop(line, CutInNameOrResult, "the scorecard ends inside this row's variable name");
            case RowShape.NoResult or RowShape.EndsInResult when last:
                return Drop(line, CutInNameOrResult, "the scorecard ends inside this row's result");
            case RowShape.EndsInName:
                return Drop(line, MissingResultCell, "expected `|` after the variable name, found the end of the line");
            case RowShape.NoResult:
                return Drop(line, MissingResultCell, "expected a result after the variable name, found the end of the line");
            case RowShape.EmptyName:
                return Reading<Variable?>.With(default, new Diagnostic(EmptyName, DiagnosticSeverity.Error, "expected a variable name, found an empty cell", at, Dropped));
            case RowShape.EndsInResult:
            case RowShape.TwoCells when !last:
                return Keep(line, cells, false, new Diagnostic(MissingEvidenceCell, DiagnosticSeverity.Error,
                    "expected a third cell, the evidence, and its closing `|`, found the end of the line", at, "the row is kept with empty evidence"));
            case RowShape.TwoCells:
            case RowShape.EndsInEvidence when last:
                return Keep(line, cells, true, new Diagnostic(CutInEvidence, DiagnosticSeverity.Error,
                    "expected `|` closing the row, found the end of the input", at, "the evidence is kept as far as it goes and marked as cut off"));
            case RowShape.EndsInEvidence:
                return Keep(line, cells, false, new Diagnostic(NoClosingPipe, DiagnosticSeverity.Error,
                    "expected `|` closing the row, found the end of the line", at, "the evidence is kept to the end of the line"));
            case RowShape.EmptyResult:
                return Keep(line, cells, false, new Diagnostic(EmptyResult, DiagnosticSeverity.Warning,
                    "expected a result, such as `Yes` or `No`, found an empty cell", at, "it counts as not Yes"));
            default:
                if (last && MayBeCutInResult(cells, VariableCatalog.ResultOf(cells.Result(line.Source))))
                    return Drop(line, CutInNameOrResult, "the scorecard ends inside this row's result");
                return Keep(line, cells, false, null);
        }
    }

    private static Reading<Variable?> Drop(SourceLine line, string code, string message) =>
        Reading<Variable?>.With(default, new Diagnostic(code, DiagnosticSeverity.Error, message, line.Span, Dropped));

    private Reading<Variable?> Keep(SourceLine line, RowCells cells, bool cutOff, Diagnostic? shape)
    {
        var source = line.Source;
        var evidence = new SourceSpan(cells.EvidenceStart, cells.EvidenceEnd - cells.EvidenceStart, line.Number, line.ColumnOf(cells.EvidenceStart));
        var variable = new Variable(
            NameOf(cells.Name(source)),
            VariableCatalog.ResultOf(cells.Result(source)),
            new Evidence(source.Substring(cells.EvidenceStart, evidence.Length), evidence, cutOff));
        var name = new SourceSpan(cells.NameStart, cells.NameEnd - cells.NameStart, line.Number, line.ColumnOf(cells.NameStart));
        var result = cells.HasResult
            ? new SourceSpan(cells.ResultStart, cells.ResultEnd - cells.ResultStart, line.Number, line.ColumnOf(cells.ResultStart))
            : line.Span;
        var content = Check(variable, name, result);
        Diagnostic[] problems = (shape, content) switch
        {
            (null, null) => [],
            (null, { } c) => [c],
            ({ } s, null) => [s],
            ({ } s, { } c) => [s, c],
        };
        return new Reading<Variable?>(variable, problems);
    }

    /// <summary>What a kept row says that is worth a diagnostic: an unknown variable, a result outside the Index's words or the variable's.</summary>
    private static Diagnostic? Check(Variable row, SourceSpan name, SourceSpan result)
    {
        if (row.Kind == VariableKind.Unknown)
            return new Diagnostic(UnknownVariable, DiagnosticSeverity.Warning, $"`{row.Name}` is not one of the Index's nine variables", name, "the row is kept and counts in no score");

        var value = row.Result.Value;
        if (value == ResultValue.Unrecognized)
        {
            return row.Result.Text.Length == 0 ? null : new Diagnostic(UnrecognizedResult, DiagnosticSeverity.Information,
                $"the result `{row.Result.Text}` is not one of the Index's words", result, "it is kept as written and counts as not Yes");
        }

        var variable = VariableCatalog.Get(row.Kind);
        return variable.Allows(value) ? null : new Diagnostic(UnexpectedResult, DiagnosticSeverity.Warning,
            $"`{row.Result.Text}` is not a result `{variable.Name}` takes ({string.Join(", ", variable.Results)})", result, "it is kept as written");
    }


    /// <summary>The rendering of a public name; <see cref="ScorecardRendering.Auto"/> has none.</summary>
    public static Rendering Of(ScorecardRendering kind) =>
        All.FirstOrDefault(r => r.Kind == kind) ?? throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a rendering.");

    /// <summary>True when the text is the table header of any rendering.</summary>
    public static bool IsAnyHeader(ReadOnlySpan<char> text)
    {
        foreach (var rendering in All)
        {
            if (rendering.IsHeader(text)) return true;
        }
        return false;
    }

    /// <summary>True when the text is a table row, whole or damaged, of any rendering.</summary>
    public static bool StartsAnyRow(ReadOnlySpan<char> text)
    {
        foreach (var rendering in All)
        {
            if (rendering.StartsRow(text)) return true;
        }
        return false;
    }

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
    public static Rendering[] Candidates(string text, int start) => Orders[Array.IndexOf(All, Detect(text, start))];

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
    protected Parser<Reading<bool>> FrameLine(string code, string expected, Func<SourceLine, bool> isIt, bool skipBlankLines) =>
        Lines.Line<bool>(expected, line =>
                isIt(line) ? Reading<bool>.Clean(true)
                : StartsRow(line.Text) ? null
                : Reading<bool>.With(false, new Diagnostic(code, DiagnosticSeverity.Error,
                    $"expected {expected}, found {SourceLine.Describe(line.Text)}", line.Span, "the line is skipped")),
                skipBlankLines)
            .XOr(Lines.Missing(code, DiagnosticSeverity.Error, expected, false));
}
