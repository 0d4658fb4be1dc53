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

    private static readonly Parser<SourceSpan> Here = static input =>
        SpracheResult.Success(new SourceSpan(input.Position, 0, input.Line, input.Column), input);

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
        var rows = Lines.Line<RowStep>("a table row", (in SourceLine line, out RowStep value, out LineFailure failure) =>
        {
            failure = default;
            value = ReadRow(line, scan(line), pipes);
            return true;
        }).Many();
        var table = Combinators.Sequence(header, rows, Here, static (frame, steps, end) => (frame, steps, end));
        return Combinators.Sequence(Front, table, (front, t) => Report(front, t.frame, t.steps, t.end, rendering));
    }

    private static ParseReport Report(LenientFront front, IReadOnlyList<Diagnostic?> frame, IEnumerable<RowStep> steps, SourceSpan end, ScorecardRendering rendering)
    {
        var diagnostics = new List<Diagnostic>();
        void Add(Diagnostic? diagnostic)
        {
            if (diagnostic is not null) diagnostics.Add(diagnostic);
        }

        Add(front.Title.Problem);
        Add(front.Authors.Problem);
        Add(front.Venue.Problem);
        foreach (var problem in frame) Add(problem);

        var variables = new List<Variable>();
        var seen = new Dictionary<VariableKind, Variable>();
        var rowCount = 0;
        foreach (var step in steps)
        {
            foreach (var problem in step.Problems) diagnostics.Add(problem);
            if (step.Variable is not { } variable) continue;
            rowCount++;
            variables.Add(variable);
            var kind = variable.Kind;
            if (kind == VariableKind.Unknown) continue;
            if (seen.TryGetValue(kind, out var first))
            {
                diagnostics.Add(new Diagnostic(DuplicateVariable, DiagnosticSeverity.Warning,
                    $"`{variable.Name}` appears again (first on line {first.Evidence.Span.Line}); both rows are kept and scores use the first", step.Name));
            }
            else
            {
                seen.Add(kind, variable);
            }
        }

        if (rowCount == 0)
        {
            diagnostics.Add(new Diagnostic(NoRows, DiagnosticSeverity.Error, "expected at least one table row, found none", end));
        }
        for (var kind = VariableKind.ResearchType; kind <= VariableKind.ExperimentSetup; kind++)
        {
            if (!seen.ContainsKey(kind))
            {
                diagnostics.Add(new Diagnostic(MissingVariable, DiagnosticSeverity.Warning,
                    $"the scorecard has no `{Vocabulary.NameOf(kind)}` row; it counts as not Yes", end));
            }
        }

        Paper? paper = front.Venue.Value.Venue is { } venue
            ? new Paper(front.Notice, front.Title.Value, front.Authors.Value, venue, front.Venue.Value.Links, Sequence.Own(variables.ToArray()))
            : null;
        return new ParseReport(paper, Sequence.Own([.. diagnostics.OrderBy(d => d.Span.Offset)]), rendering);
    }

    /// <summary>One line of the table: a row, what is left of a damaged row, or a diagnostic for a line that is no row.</summary>
    private static RowStep ReadRow(in SourceLine line, RowScan row, bool pipes)
    {
        var lineSpan = new SourceSpan(line.Start, line.End - line.Start, line.Number, line.ColumnOf(line.Start));
        if (line.IsBlank)
        {
            return line.IsLast ? RowStep.Nothing : new RowStep(null, default, lineSpan,
                [new Diagnostic(BlankLineInTable, DiagnosticSeverity.Warning, "a blank line inside the table; the rows after it are read on", lineSpan)]);
        }

        var source = line.Source;
        var nameSpan = row.HasName ? new SourceSpan(row.NameStart, row.NameEnd - row.NameStart, line.Number, line.ColumnOf(row.NameStart)) : lineSpan;
        var resultSpan = row.HasResult ? new SourceSpan(row.ResultStart, row.ResultEnd - row.ResultStart, line.Number, line.ColumnOf(row.ResultStart)) : lineSpan;
        var problemAt = new SourceSpan(row.ProblemOffset, Math.Max(0, line.End - row.ProblemOffset), line.Number, line.ColumnOf(row.ProblemOffset));
        var last = line.IsLast;

        RowStep Dropped(string code, string message) =>
            new(null, nameSpan, lineSpan, [new Diagnostic(code, DiagnosticSeverity.Error, message, lineSpan)]);

        RowStep Kept(Variable variable, Diagnostic? problem)
        {
            var problems = new List<Diagnostic>(2);
            if (problem is not null) problems.Add(problem);
            Check(variable, nameSpan, resultSpan, problems);
            return new RowStep(variable, nameSpan, lineSpan, problems);
        }

        switch (row.Shape)
        {
            case RowShape.Whole when !pipes && last && row.EvidenceStart == row.EvidenceEnd && Vocabulary.ValueOf(row.Result(source)) == ResultValue.Unrecognised:
                return Dropped(CutInNameOrResult, "the scorecard ends inside this row's result; the row is dropped");
            case RowShape.Whole:
                return Kept(row.ToVariable(line), null);
            case RowShape.NotARow when !pipes && last && StartsAKnownName(line.Text):
                return Dropped(CutInNameOrResult, "the scorecard ends inside this row's variable name; the row is dropped");
            case RowShape.NotARow:
                return new RowStep(null, default, lineSpan,
                    [new Diagnostic(UnexpectedLine, DiagnosticSeverity.Error,
                        $"expected a table row {(pipes ? MarkdownTable.RowPattern : PlainTextTable.RowPattern)}, found {Lines.Describe(line.Text)}; the line is skipped", lineSpan)]);
            case RowShape.EndsInName when last:
            case RowShape.EndsInResult when last:
                return Dropped(CutInNameOrResult, $"the scorecard ends inside this row's {(row.Shape == RowShape.EndsInName ? "variable name" : "result")}; the row is dropped");
            case RowShape.EndsInName:
                return Dropped(MissingResultCell, "expected `|` after the variable name, found the end of the line; the row has no result and is dropped");
            case RowShape.EndsInResult when !pipes:
                return Dropped(MissingResultCell, "expected a result after the variable name, found the end of the line; the row is dropped");
            case RowShape.EndsInResult:
            case RowShape.TwoCells when !last:
                return Kept(row.ToVariable(line), new Diagnostic(MissingEvidenceCell, DiagnosticSeverity.Error,
                    "expected a third cell, the evidence, and its closing `|`, found the end of the line; the row is kept with empty evidence", problemAt));
            case RowShape.TwoCells:
            case RowShape.EndsInEvidence when last:
                return Kept(row.ToVariable(line, cutOff: true), new Diagnostic(CutInEvidence, DiagnosticSeverity.Error,
                    "the scorecard ends inside this row's evidence; the evidence is kept as far as it goes and marked as cut off", problemAt));
            case RowShape.EndsInEvidence:
                return Kept(row.ToVariable(line), new Diagnostic(NoClosingPipe, DiagnosticSeverity.Error,
                    "expected `|` closing the row, found the end of the line; the evidence is kept to the end of the line", problemAt));
            case RowShape.EmptyName:
                return Dropped(EmptyName, "expected a variable name, found an empty cell; the row is dropped");
            case RowShape.EmptyResult:
                return Kept(row.ToVariable(line), new Diagnostic(EmptyResult, DiagnosticSeverity.Warning,
                    "expected a result, such as `Yes` or `No`, found an empty cell; it counts as not Yes", problemAt));
            default:
                throw new InvalidOperationException($"Unknown row shape {row.Shape}.");
        }
    }

    /// <summary>What a kept row says that is worth a diagnostic: an unknown variable, a result outside the Index's words.</summary>
    private static void Check(Variable variable, SourceSpan name, SourceSpan result, List<Diagnostic> into)
    {
        var kind = variable.Kind;
        if (kind == VariableKind.Unknown)
        {
            into.Add(new Diagnostic(UnknownVariable, DiagnosticSeverity.Warning,
                $"`{variable.Name}` is not one of the Index's nine variables; the row is kept and counts in no score", name));
            return;
        }

        var value = variable.Result.Value;
        if (value == ResultValue.Unrecognised)
        {
            if (variable.Result.Text.Length > 0)
            {
                into.Add(new Diagnostic(UnrecognisedResult, DiagnosticSeverity.Information,
                    $"the result `{variable.Result.Text}` is not one of the Index's words; it is kept as written and counts as not Yes", result));
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
            into.Add(new Diagnostic(UnexpectedResult, DiagnosticSeverity.Warning,
                $"`{variable.Result.Text}` is not a result `{variable.Name}` takes; it is kept as written", result));
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

    private sealed record LenientFront(
        string? Notice,
        Step<string> Title,
        Step<IReadOnlyList<string>> Authors,
        Step<(Venue? Venue, IReadOnlyList<string> Links)> Venue);
}
