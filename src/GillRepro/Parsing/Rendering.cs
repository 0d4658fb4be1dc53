using Sprache;
using Result = GillRepro.Model.Result;
using static GillRepro.Diagnostics.DiagnosticCodes;
using static GillRepro.Parsing.ScorecardGrammar;

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

    /// <summary>
    /// Scans a line as a row of this rendering into its cells, and reads them (<see cref="Read"/>); null for a
    /// line that is no row at all.
    /// </summary>
    public abstract (Variable? Value, Diagnostic[] Problems)? Scan(SourceLine line);

    /// <summary>True when a line that is no row is the start of a variable name cut off by the end of the text.</summary>
    public abstract bool IsCutName(ReadOnlySpan<char> text);

    /// <summary>True when a whole row, the last of the table, may have been cut inside its result (a rendering without a closing cell cannot tell).</summary>
    public abstract bool MayBeCutInResult(bool noEvidence, Result result);

    /// <summary>Writes the table's opening lines, without a line end after them.</summary>
    public abstract void WriteHeader(TextWriter writer);

    /// <summary>Writes one row, without a line end.</summary>
    public abstract void WriteRow(TextWriter writer, Variable variable);

    /// <summary>Why this rendering cannot write <paramref name="variable"/> so that it reads back the same, or null when it can.</summary>
    public abstract string? Refuses(Variable variable, bool last);

    /// <summary>One scorecard in this rendering, up to the next start or the end of the text (<see cref="ScorecardGrammar.Scorecard"/>), composed on first use.</summary>
    public Parser<ParseReport> Scorecard => field ??= ScorecardGrammar.Scorecard(this, single: false);

    /// <summary>A scorecard, up to the end of the text: another after it is an error (GR007).</summary>
    public Parser<ParseReport> Single => field ??= ScorecardGrammar.Scorecard(this, single: true);

    /// <summary><c>document = [ preamble ] , scorecard , end of input ;</c> a text of one scorecard.</summary>
    public Parser<ParseReport> Document => field ??= ScorecardGrammar.First(Single);

    /// <summary><c>[ preamble ] , scorecard</c>: the first scorecard of a text of many; the ones after it begin where it ends, with <see cref="Scorecard"/>.</summary>
    public Parser<ParseReport> First => field ??= ScorecardGrammar.First(Scorecard);

    /// <summary>
    /// <c>row = the rendering's row, whole or damaged ;</c> one line read into its variable, with its
    /// problems; never a blank line, and never a line where another scorecard starts.
    /// </summary>
    public Parser<(Variable? Value, Diagnostic[] Problems)> Row => field ??= ScorecardGrammar.Line("a table row", ReadRow, skipBlankLines: false, stopAtStart: true);

    /// <summary>
    /// <c>gap = blank | stray ;</c> a line between two rows of the table (a row follows it before the next
    /// start or the end of the text): a blank line is a warning (GR038), any other line that is no row an
    /// error (GR037), and the rows after it are read on. One leaf for both, not two under <c>XOr</c>: every
    /// table ends where all of the table's productions fail, and a second leaf there costs a failure and a
    /// merged failure on every page (0.5 KB a page, docs/architecture.md).
    /// </summary>
    private Parser<(Variable? Value, Diagnostic[] Problems)> Gap => field ??= ScorecardGrammar.Line<Variable?>("a table line",
        line => EndsTable(line) ? null
            : line.IsBlank ? With<Variable?>(default, new Diagnostic(BlankLineInTable, DiagnosticSeverity.Warning, "a blank line inside the table", line.Span, "the rows after it are read on"))
            : ReadRow(line) is not null ? null
            : With<Variable?>(default, new Diagnostic(UnexpectedLine, DiagnosticSeverity.Error,
                $"expected a table row {RowPattern}, found {SourceLine.Describe(line.Text)}", line.Span, "the line is skipped")),
        skipBlankLines: false, stopAtStart: true);

    /// <summary><c>table = { row | gap } ;</c> the rows, and the lines between them.</summary>
    public Parser<IEnumerable<(Variable? Value, Diagnostic[] Problems)>> Table => field ??= Row.XOr(Gap).Many();

    private const string Dropped = "the row is dropped";

    /// <summary>
    /// A row of this rendering, whole or damaged; null for a line that is no row at all. The table's last
    /// row may be one cut off: a plain-text line that starts a variable's name is one cut inside it.
    /// </summary>
    private (Variable? Value, Diagnostic[] Problems)? ReadRow(SourceLine line)
    {
        if (line.IsBlank) return null;
        if (Scan(line) is { } row) return row;
        return IsCutName(line.Text) && EndsTable(line) ? Drop(line, CutInNameOrResult, "the scorecard ends inside this row's variable name") : null;
    }

    /// <summary>
    /// True when no row follows <paramref name="line"/> before the end of the text or the next start: it is
    /// the table's last, where a page cut off ends. Asked only of damaged rows and of lines that may be a
    /// cut name; the look ahead stops at the first row, and its stretch is remembered
    /// (<see cref="_ahead"/>), so a run of such lines is scanned once, not once per line.
    /// </summary>
    private bool EndsTable(SourceLine line)
    {
        var ahead = _ahead;
        if (ReferenceEquals(ahead.Source, line.Source) && ReferenceEquals(ahead.Rendering, this) && line.Next >= ahead.From && line.Next <= ahead.To)
        {
            return ahead.Ends;
        }

        var from = line.Next;
        var ends = true;
        while (!line.EndsInput)
        {
            line = line.NextLine();
            if (line.IsBlank) continue;
            if (ScorecardGrammar.IsStart(line)) break;
            if (StartsRow(line.Text))
            {
                ends = false;
                break;
            }
        }
        _ahead = (line.Source, this, from, line.Start, ends);
        return ends;
    }

    /// <summary>
    /// The last look ahead of <see cref="EndsTable"/> on this thread: from <c>From</c> to the start of the
    /// line it stopped at, <c>To</c>, every line is blank or no row, so every line whose next line starts in
    /// that stretch has the same answer. A pure function's memo: the same text gives the same answer.
    /// </summary>
    [ThreadStatic]
    private static (string? Source, Rendering? Rendering, int From, int To, bool Ends) _ahead;

    /// <summary>
    /// A row's shape and its cells (offsets into the source) turned into the row, a diagnostic, or both:
    /// the one table from shape to message that strict and lenient parsing share, for every rendering.
    /// </summary>
    protected (Variable? Value, Diagnostic[] Problems) Read(SourceLine line, RowShape shape, int nameStart, int nameEnd, int resultStart, int resultEnd, int evidenceStart, int evidenceEnd, int problemOffset)
    {
        // Whether the row is the table's last is looked up only for the shapes that depend on it.
        var last = shape is not (RowShape.Whole or RowShape.EmptyName or RowShape.EmptyResult) && EndsTable(line);
        var at = line.SpanFrom(problemOffset);
        var cells = (nameStart, nameEnd, resultStart, resultEnd, evidenceStart, evidenceEnd, HasResult: shape is not (RowShape.EmptyName or RowShape.EndsInName or RowShape.NoResult or RowShape.EndsInResult));
        switch (shape)
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
                return With<Variable?>(default, new Diagnostic(EmptyName, DiagnosticSeverity.Error, "expected a variable name, found an empty cell", at, Dropped));
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
                if (MayBeCutInResult(evidenceStart == evidenceEnd, VariableCatalog.ResultOf(line.Source.AsSpan(resultStart, resultEnd - resultStart))) && EndsTable(line))
                    return Drop(line, CutInNameOrResult, "the scorecard ends inside this row's result");
                return Keep(line, cells, false, null);
        }
    }

    private static (Variable? Value, Diagnostic[] Problems) Drop(SourceLine line, string code, string message) =>
        With<Variable?>(default, new Diagnostic(code, DiagnosticSeverity.Error, message, line.Span, Dropped));

    private (Variable? Value, Diagnostic[] Problems) Keep(SourceLine line, (int NameStart, int NameEnd, int ResultStart, int ResultEnd, int EvidenceStart, int EvidenceEnd, bool HasResult) cells, bool cutOff, Diagnostic? shape)
    {
        var source = line.Source;
        var evidence = new SourceSpan(cells.EvidenceStart, cells.EvidenceEnd - cells.EvidenceStart, line.Number, line.ColumnOf(cells.EvidenceStart));
        var variable = new Variable(
            NameOf(source.AsSpan(cells.NameStart, cells.NameEnd - cells.NameStart)),
            VariableCatalog.ResultOf(source.AsSpan(cells.ResultStart, cells.ResultEnd - cells.ResultStart)),
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
        return (variable, problems);
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
    /// The renderings to try on the scorecard that starts at <paramref name="start"/>, most likely first:
    /// the one whose table header comes first in it (before the next scorecard starts), then the others in
    /// the order of <see cref="All"/>.
    /// </summary>
    public static Rendering[] Candidates(string text, int start, int line = 1, int column = 1) => Orders[Array.IndexOf(All, Detect(text, start, line, column))];

    private static Rendering Detect(string text, int start, int number, int column)
    {
        // Up to the second place a scorecard starts: the first is this one's (after any text before it).
        var starts = 0;
        var afterNotice = false;
        for (var line = SourceLine.At(text, start, number, column); ; line = line.NextLine())
        {
            foreach (var rendering in All)
            {
                if (rendering.IsHeader(line.Text)) return rendering;
            }
            if (line.EndsInput) return All[0];
            if (line.IsBlank) continue;
            var notice = ScorecardGrammar.IsNotice(line.Text);
            if ((notice || !afterNotice) && ScorecardGrammar.IsStart(line) && ++starts == 2) return All[0];
            afterNotice = notice;
        }
    }

    /// <summary>
    /// One line that opens the table: read when <paramref name="isIt"/> accepts it; skipped with an error
    /// when it is something else; left for the rows, with an error saying it is missing, when it is a row.
    /// </summary>
    protected Parser<(bool Value, Diagnostic[] Problems)> FrameLine(string code, string expected, Func<SourceLine, bool> isIt, bool skipBlankLines) =>
        ScorecardGrammar.Line<bool>(expected, line =>
                isIt(line) ? Clean<bool>(true)
                : StartsRow(line.Text) ? null
                : With<bool>(false, new Diagnostic(code, DiagnosticSeverity.Error,
                    $"expected {expected}, found {SourceLine.Describe(line.Text)}", line.Span, "the line is skipped")),
                skipBlankLines, stopAtStart: true)
            .XOr(ScorecardGrammar.Missing(code, DiagnosticSeverity.Error, expected, false));
}
