using GillRepro.Parsing.Markdown;
using GillRepro.Parsing.PlainText;
using Sprache;
using SpracheResult = Sprache.Result;
using static GillRepro.DiagnosticCodes;

namespace GillRepro.Parsing.Lenient;

/// <summary>
/// The lenient scorecard grammar: the same line readers as the strict one, composed with
/// <see cref="Tolerant"/> primitives that never stop at a problem. It returns what could be read, a
/// paper with the rows that are there, and a diagnostic for every problem; rows are dropped only where
/// a line ends inside their variable name or result, and their text stays in the diagnostic's span.
/// </summary>
internal static class LenientGrammar
{
    private static readonly string[] NoLinks = [];

    private static readonly Parser<Step<string>> Title = Tolerant.Line<string>(
        FrontMatter.ExpectedTitle, FrontMatter.ReadTitle, "", MissingTitle, DiagnosticSeverity.Error,
        belongsLater: FrontMatter.IsAuthors);

    private static readonly Parser<Step<IReadOnlyList<string>>> Authors = Tolerant.Line<IReadOnlyList<string>>(
        FrontMatter.ExpectedAuthors, FrontMatter.ReadAuthors, NoLinks, MissingAuthors, DiagnosticSeverity.Warning,
        belongsLater: static _ => true);

    private static readonly Parser<Step<(Venue? Venue, IReadOnlyList<string> Links)>> VenueLine = Tolerant.Line<(Venue?, IReadOnlyList<string>)>(
        FrontMatter.ExpectedVenue, ReadVenueLine, (null, NoLinks), BadVenueLine, DiagnosticSeverity.Error,
        belongsLater: static text => text.StartsWith("|") || PlainTextTable.IsHeader(text));

    private static readonly Parser<LenientFront> Front = Combinators.Sequence(
        ScorecardGrammar.Notice, Title, Authors, VenueLine,
        static (notice, title, authors, venue) => new LenientFront(notice, title, authors, venue));

    /// <summary>A markdown scorecard, read leniently.</summary>
    internal static readonly Parser<ParseReport> Markdown = Document(
        Combinators.Sequence(
            Tolerant.Line<bool>($"the table header `{MarkdownTable.HeaderRow}`", Lines.Reader($"the table header `{MarkdownTable.HeaderRow}`", MarkdownTable.IsHeader),
                false, MissingHeader, DiagnosticSeverity.Error, belongsLater: static text => text.StartsWith("|")),
            Tolerant.Line<bool>($"the table's separator row `{MarkdownTable.SeparatorRow}`", Lines.Reader($"the table's separator row `{MarkdownTable.SeparatorRow}`", MarkdownTable.IsSeparator),
                false, MissingSeparator, DiagnosticSeverity.Error, belongsLater: static text => text.StartsWith("|"), skipBlankLines: false),
            static (header, separator) => (IReadOnlyList<Diagnostic?>)[header.Problem, separator.Problem]),
        MarkdownTable.Scan,
        ScorecardRendering.Markdown);

    /// <summary>A plain-text scorecard, read leniently.</summary>
    internal static readonly Parser<ParseReport> PlainText = Document(
        Tolerant.Line<bool>($"the table header `{PlainTextTable.HeaderLine}`", Lines.Reader($"the table header `{PlainTextTable.HeaderLine}`", PlainTextTable.IsHeader),
                false, MissingHeader, DiagnosticSeverity.Error, belongsLater: PlainTextTable.IsRow)
            .Select(static header => (IReadOnlyList<Diagnostic?>)[header.Problem]),
        PlainTextTable.Scan,
        ScorecardRendering.PlainText);

    private static Parser<ParseReport> Document(Parser<IReadOnlyList<Diagnostic?>> header, RowScanner scan, ScorecardRendering rendering)
    {
        var pipes = rendering == ScorecardRendering.Markdown;
        Parser<TableRead> rows = input =>
        {
            var source = (SourceInput)input;
            var table = new TableRead(source.Source);
            var line = SourceLine.At(source.Source, source.Position, source.Line, source.Column);
            while (!(line.IsBlank && !line.HasLineEnd))
            {
                ReadRow(line, scan(line), pipes, table);
                if (!line.HasLineEnd) break;
                line = SourceLine.At(line.Source, line.Next, line.Number + 1);
            }
            var end = line.HasLineEnd || line.IsBlank ? SourceInput.At(line, line.Start) : SourceInput.After(line);
            table.End = new SourceSpan(end.Position, 0, end.Line, end.Column);
            return SpracheResult.Success(table, end);
        };
        var table = Combinators.Sequence(header, rows, static (frame, table) => (frame, table));
        return Combinators.Sequence(Front, table, (front, t) => Report(front, t.frame, t.table, rendering));
    }

    private static ParseReport Report(LenientFront front, IReadOnlyList<Diagnostic?> frame, TableRead table, ScorecardRendering rendering)
    {
        var before = new List<Diagnostic>(4);
        void Add(Diagnostic? diagnostic)
        {
            if (diagnostic is not null) before.Add(diagnostic);
        }

        Add(front.Title.Problem);
        Add(front.Authors.Problem);
        Add(front.Venue.Problem);
        foreach (var problem in frame) Add(problem);

        if (table.Count == 0)
        {
            table.Problem(NoRows, DiagnosticSeverity.Error, "expected at least one table row, found none", table.End);
        }
        for (var kind = VariableKind.ResearchType; kind <= VariableKind.ExperimentSetup; kind++)
        {
            if (table.FirstLine[(int)kind] == 0)
            {
                table.Problem(MissingVariable, DiagnosticSeverity.Warning, "the scorecard has no `{0}` row; it counts as not Yes", table.End, Vocabulary.NameOf(kind));
            }
        }

        Paper? paper = front.Venue.Value.Venue is { } venue
            ? new Paper(front.Notice, front.Title.Value, front.Authors.Value, venue, front.Venue.Value.Links, table.Rows())
            : null;
        return new ParseReport(paper, table.Diagnostics(before), rendering);
    }

    /// <summary>One line of the table: a row, what is left of a damaged row, or a diagnostic for a line that is no row.</summary>
    private static void ReadRow(in SourceLine line, RowScan row, bool pipes, TableRead table)
    {
        var lineSpan = new SourceSpan(line.Start, line.End - line.Start, line.Number, line.ColumnOf(line.Start));
        if (line.IsBlank)
        {
            if (!line.IsLast)
            {
                table.Problem(BlankLineInTable, DiagnosticSeverity.Warning, "a blank line inside the table; the rows after it are read on", lineSpan);
            }
            return;
        }

        var source = line.Source;
        var last = line.IsLast;
        var problemAt = new SourceSpan(row.ProblemOffset, Math.Max(0, line.End - row.ProblemOffset), line.Number, line.ColumnOf(row.ProblemOffset));

        switch (row.Shape)
        {
            case RowShape.Whole when !pipes && last && row.EvidenceStart == row.EvidenceEnd && Vocabulary.ValueOf(row.Result(source)) == ResultValue.Unrecognised:
                table.Drop(CutInNameOrResult, "the scorecard ends inside this row's result; the row is dropped", lineSpan);
                return;
            case RowShape.Whole:
                table.Keep(line, row, cutOff: false, null);
                return;
            case RowShape.NotARow when !pipes && last && StartsAKnownName(line.Text):
                table.Drop(CutInNameOrResult, "the scorecard ends inside this row's variable name; the row is dropped", lineSpan);
                return;
            case RowShape.NotARow:
                table.Problem(UnexpectedLine, DiagnosticSeverity.Error, "expected a table row {1}, found {0}; the line is skipped", lineSpan,
                    Lines.Describe(line.Text), pipes ? MarkdownTable.RowPattern : PlainTextTable.RowPattern);
                return;
            case RowShape.EndsInName when last:
            case RowShape.EndsInResult when last:
                table.Drop(CutInNameOrResult, row.Shape == RowShape.EndsInName
                    ? "the scorecard ends inside this row's variable name; the row is dropped"
                    : "the scorecard ends inside this row's result; the row is dropped", lineSpan);
                return;
            case RowShape.EndsInName:
                table.Drop(MissingResultCell, "expected `|` after the variable name, found the end of the line; the row has no result and is dropped", lineSpan);
                return;
            case RowShape.EndsInResult when !pipes:
                table.Drop(MissingResultCell, "expected a result after the variable name, found the end of the line; the row is dropped", lineSpan);
                return;
            case RowShape.EndsInResult:
            case RowShape.TwoCells when !last:
                table.Keep(line, row, cutOff: false, new DiagnosticEntry(MissingEvidenceCell, DiagnosticSeverity.Error, problemAt,
                    "expected a third cell, the evidence, and its closing `|`, found the end of the line; the row is kept with empty evidence"));
                return;
            case RowShape.TwoCells:
            case RowShape.EndsInEvidence when last:
                table.Keep(line, row, cutOff: true, new DiagnosticEntry(CutInEvidence, DiagnosticSeverity.Error, problemAt,
                    "the scorecard ends inside this row's evidence; the evidence is kept as far as it goes and marked as cut off"));
                return;
            case RowShape.EndsInEvidence:
                table.Keep(line, row, cutOff: false, new DiagnosticEntry(NoClosingPipe, DiagnosticSeverity.Error, problemAt,
                    "expected `|` closing the row, found the end of the line; the evidence is kept to the end of the line"));
                return;
            case RowShape.EmptyName:
                table.Drop(EmptyName, "expected a variable name, found an empty cell; the row is dropped", lineSpan);
                return;
            case RowShape.EmptyResult:
                table.Keep(line, row, cutOff: false, new DiagnosticEntry(EmptyResult, DiagnosticSeverity.Warning, problemAt,
                    "expected a result, such as `Yes` or `No`, found an empty cell; it counts as not Yes"));
                return;
            default:
                throw new InvalidOperationException($"Unknown row shape {row.Shape}.");
        }
    }

    /// <summary>What a kept row says that is worth a diagnostic: an unknown variable, a result outside the Index's words.</summary>
    private static void Check(in SourceRow row, VariableKind kind, SourceSpan name, SourceSpan result, TableRead into)
    {
        if (kind == VariableKind.Unknown)
        {
            into.Problem(UnknownVariable, DiagnosticSeverity.Warning, "`{0}` is not one of the Index's nine variables; the row is kept and counts in no score", name, row.Name);
            return;
        }

        var value = row.Result.Value;
        if (value == ResultValue.Unrecognised)
        {
            if (row.Result.Text.Length > 0)
            {
                into.Problem(UnrecognisedResult, DiagnosticSeverity.Information,
                    "the result `{0}` is not one of the Index's words; it is kept as written and counts as not Yes", result, row.Result.Text);
            }
            return;
        }

        var expected = kind switch
        {
            VariableKind.ResearchType => value is ResultValue.Experimental or ResultValue.Theoretical,
            VariableKind.ResearcherAffiliation => value is ResultValue.Academia or ResultValue.Collaboration or ResultValue.Industry,
            _ => value is ResultValue.Yes or ResultValue.No,
        };
        if (!expected)
        {
            into.Problem(UnexpectedResult, DiagnosticSeverity.Warning, "`{0}` is not a result `{1}` takes; it is kept as written", result, row.Result.Text, row.Name);
        }
    }

    private static bool StartsAKnownName(ReadOnlySpan<char> text)
    {
        foreach (var name in Vocabulary.VariableNames)
        {
            if (name.AsSpan().StartsWith(text, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    private static bool ReadVenueLine(in SourceLine line, out (Venue? Venue, IReadOnlyList<string> Links) value, out LineFailure failure)
    {
        if (FrontMatter.ReadVenueLine(line, skipEmptyLabels: false, out var read, out failure))
        {
            value = read;
            return true;
        }
        if (failure.Expected == FrontMatter.ExpectedLinkLabel && FrontMatter.ReadVenueLine(line, skipEmptyLabels: true, out read, out _))
        {
            value = read;
            failure = failure with { Code = EmptyLinkLabel, Severity = DiagnosticSeverity.Warning };
            return true;
        }
        if (failure.Expected == FrontMatter.ExpectedYear) failure = failure with { Code = BadYear };
        value = (null, NoLinks);
        return false;
    }

    /// <summary>
    /// A lenient table as it is read, line by line, with no object per line: the rows kept and the
    /// diagnostics met (each in an <see cref="EntryBuffer{T}"/>), and the line each known variable
    /// first appeared on.
    /// </summary>
    private sealed class TableRead(string source)
    {
        private EntryBuffer<SourceRow> _rows = new();
        private EntryBuffer<DiagnosticEntry> _problems = new();

        public int Count => _rows.Count;

        /// <summary>The line of each kind's first row, by <see cref="VariableKind"/>; 0 where there is none.</summary>
        public int[] FirstLine { get; } = new int[(int)VariableKind.ExperimentSetup + 1];

        /// <summary>Where the table ends: the place of the diagnostics about what is missing.</summary>
        public SourceSpan End { get; set; }

        public void Problem(string code, DiagnosticSeverity severity, string format, SourceSpan span, string? first = null, string? second = null, int number = 0) =>
            _problems.Add(new DiagnosticEntry(code, severity, span, format, first, second, number));

        public void Drop(string code, string message, SourceSpan line) => Problem(code, DiagnosticSeverity.Error, message, line);

        public void Keep(in SourceLine line, in RowScan scan, bool cutOff, DiagnosticEntry? problem)
        {
            if (problem is { } met) _problems.Add(met);
            var row = scan.ToRow(line, cutOff);
            var kind = row.Kind;
            var name = new SourceSpan(scan.NameStart, scan.NameEnd - scan.NameStart, line.Number, line.ColumnOf(scan.NameStart));
            var result = scan.HasResult
                ? new SourceSpan(scan.ResultStart, scan.ResultEnd - scan.ResultStart, line.Number, line.ColumnOf(scan.ResultStart))
                : new SourceSpan(line.Start, line.End - line.Start, line.Number, line.ColumnOf(line.Start));
            Check(row, kind, name, result, this);

            if (kind != VariableKind.Unknown)
            {
                var first = FirstLine[(int)kind];
                if (first == 0)
                {
                    FirstLine[(int)kind] = line.Number;
                }
                else
                {
                    Problem(DuplicateVariable, DiagnosticSeverity.Warning,
                        "`{0}` appears again (first on line {2}); both rows are kept and scores use the first", name, row.Name, number: first);
                }
            }

            _rows.Add(row);
        }

        public IReadOnlyList<Variable> Rows() => new LazyList<SourceRow, Variable>(source, _rows);

        /// <summary>
        /// Every diagnostic in source order: <paramref name="before"/> (the lines above the table) and
        /// the table's, the problems at one offset in the order they were met.
        /// </summary>
        public IReadOnlyList<Diagnostic> Diagnostics(List<Diagnostic> before)
        {
            var problems = _problems;
            if (before.Count > 0)
            {
                problems = new EntryBuffer<DiagnosticEntry>();
                foreach (var diagnostic in before) problems.Add(DiagnosticEntry.Of(diagnostic));
                for (var i = 0; i < _problems.Count; i++) problems.Add(_problems[i]);
            }

            for (var i = 1; i < problems.Count; i++)
            {
                if (problems[i].Span.Offset < problems[i - 1].Span.Offset)
                {
                    var ordered = new EntryBuffer<DiagnosticEntry>();
                    foreach (var problem in Enumerable.Range(0, problems.Count).Select(i => problems[i]).OrderBy(p => p.Span.Offset)) ordered.Add(problem);
                    problems = ordered;
                    break;
                }
            }
            return new LazyList<DiagnosticEntry, Diagnostic>(source, problems);
        }
    }

    private sealed record LenientFront(
        string? Notice,
        Step<string> Title,
        Step<IReadOnlyList<string>> Authors,
        Step<(Venue? Venue, IReadOnlyList<string> Links)> Venue);
}
