using static GillRepro.DiagnosticCodes;

namespace GillRepro.Parsing;

/// <summary>A row read from the table: the variable (null where the row was dropped) and where its name stands.</summary>
internal readonly record struct TableRow(Variable? Variable, SourceSpan Name);

/// <summary>
/// The lines of the table, read: each row's shape turned into a row, a diagnostic, or both (the one table
/// from shape to message that strict and lenient parsing share), each kept row checked against
/// <see cref="VariableCatalog"/>, and the table as a whole checked for missing and repeated variables.
/// </summary>
internal static class TableRows
{
    private const string Dropped = "the row is dropped";

    /// <summary>A line of the rendering's table, whole or damaged; false for a line that is no row at all.</summary>
    public static LineReader<Reading<TableRow>> Row(Rendering rendering) => (in SourceLine line, out Reading<TableRow> value) =>
    {
        var cells = rendering.Scan(line);
        if (cells.Shape == RowShape.NotARow)
        {
            var cut = line.IsLast && rendering.IsCutName(line.Text);
            value = cut ? Drop(line, CutInNameOrResult, "the scorecard ends inside this row's variable name") : default;
            return cut;
        }
        value = Read(line, cells, rendering);
        return true;
    };

    /// <summary>A blank line: the end of the text's blank tail, or a blank line inside the table (read on).</summary>
    public static bool Blank(in SourceLine line, out Reading<TableRow> value)
    {
        value = line.IsLast
            ? Reading<TableRow>.Clean(default)
            : Reading<TableRow>.With(default, new Diagnostic(BlankLineInTable, DiagnosticSeverity.Warning, "a blank line inside the table", line.Span, "the rows after it are read on"));
        return line.IsBlank;
    }

    /// <summary>Any other line: not a row, skipped.</summary>
    public static LineReader<Reading<TableRow>> Stray(Rendering rendering) => (in SourceLine line, out Reading<TableRow> value) =>
    {
        value = Reading<TableRow>.With(default, new Diagnostic(UnexpectedLine, DiagnosticSeverity.Error,
            $"expected a table row {rendering.RowPattern}, found {SourceLine.Describe(line.Text)}", line.Span, "the line is skipped"));
        return true;
    };

    private static Reading<TableRow> Read(in SourceLine line, RowCells cells, Rendering rendering)
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
                return Reading<TableRow>.With(default, new Diagnostic(EmptyName, DiagnosticSeverity.Error, "expected a variable name, found an empty cell", at, Dropped));
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
                if (last && rendering.MayBeCutInResult(cells, Vocabulary.ResultOf(cells.Result(line.Source))))
                    return Drop(line, CutInNameOrResult, "the scorecard ends inside this row's result");
                return Keep(line, cells, false, null);
        }
    }

    private static Reading<TableRow> Drop(in SourceLine line, string code, string message) =>
        Reading<TableRow>.With(default, new Diagnostic(code, DiagnosticSeverity.Error, message, line.Span, Dropped));

    private static Reading<TableRow> Keep(in SourceLine line, RowCells cells, bool cutOff, Diagnostic? shape)
    {
        var source = line.Source;
        var evidence = new SourceSpan(cells.EvidenceStart, cells.EvidenceEnd - cells.EvidenceStart, line.Number, line.ColumnOf(cells.EvidenceStart));
        var variable = new Variable(
            Vocabulary.Intern(cells.Name(source)),
            Vocabulary.ResultOf(cells.Result(source)),
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
        return new Reading<TableRow>(new TableRow(variable, name), problems);
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

    /// <summary>
    /// The table's rows, and every problem of its lines and of the table as a whole: no row at all, a
    /// variable without a row, a variable with a second row (only the first counts).
    /// </summary>
    public static (Variable[] Rows, List<Diagnostic> Problems) Complete(IEnumerable<Reading<TableRow>> lines, SourceSpan end)
    {
        var rows = new List<Variable>(VariableCatalog.All.Count);
        var problems = new List<Diagnostic>();
        var firstLine = new int[VariableCatalog.All.Count];
        foreach (var line in lines)
        {
            problems.AddRange(line.Problems);
            if (line.Value.Variable is not { } variable) continue;
            rows.Add(variable);
            if (variable.Kind == VariableKind.Unknown) continue;

            var index = (int)variable.Kind - 1;
            if (firstLine[index] == 0)
            {
                firstLine[index] = line.Value.Name.Line;
            }
            else
            {
                problems.Add(new Diagnostic(DuplicateVariable, DiagnosticSeverity.Warning,
                    $"a second `{VariableCatalog.Get(variable.Kind).Name}` row (the first is on line {firstLine[index]})", line.Value.Name, "only the first counts"));
            }
        }

        if (rows.Count == 0)
        {
            problems.Add(new Diagnostic(NoRows, DiagnosticSeverity.Error, "expected at least one table row, found none", end));
        }
        for (var i = 0; i < firstLine.Length; i++)
        {
            if (firstLine[i] == 0)
            {
                problems.Add(new Diagnostic(MissingVariable, DiagnosticSeverity.Warning,
                    $"the scorecard has no `{VariableCatalog.All[i].Name}` row", end, "it counts as not Yes"));
            }
        }
        return (rows.ToArray(), problems);
    }
}
