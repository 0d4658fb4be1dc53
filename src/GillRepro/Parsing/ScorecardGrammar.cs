using System.Globalization;
using Sprache;
using static GillRepro.Diagnostics.DiagnosticCodes;

namespace GillRepro.Parsing;

/// <summary>
/// The scorecard grammar, production for production as <c>docs/format.md</c> writes it in EBNF:
/// <code>
/// document   = [ preamble ] , scorecard , end of input ;         (* one scorecard: Parse, ParseLenient *)
/// scorecards = [ preamble ] , scorecard , { scorecard } ;        (* many: ParseMany *)
/// scorecard  = [ notice ] , title , authors , venue , frame , table , footer ;
/// start      = notice-line | title-line , { blank } , authors-line ;   (* where a scorecard starts *)
/// </code>
/// Each leaf reads one whole line (<c>ScorecardGrammar.Leaves.cs</c>), or a run of lines passed over (<c>ScorecardGrammar.PassedLines.cs</c>); Sprache's <c>from … select</c>, <c>Optional</c>,
/// <c>XOr</c>, <c>Many</c> and <c>AtLeastOnce</c> compose them (a leaf fails without consuming, so <c>XOr</c>
/// tries the next reading). Every line after a scorecard's title stops at a <c>start</c>, which is where the
/// next scorecard begins. The grammar never stops at a problem: a block that is missing or wrong reads as
/// a fallback with a diagnostic, so one pass gives the lenient report, and strict parsing is that report
/// refused at its first error. Both policies therefore always agree.
/// </summary>
internal static partial class ScorecardGrammar
{
    internal const string AuthorsPrefix = "Authors:";
    internal const string AuthorSeparator = ", ";

    private const string ExpectedTitle = "the paper's title";
    private const string ExpectedAuthors = "the `Authors:` line";
    private const string ExpectedVenue = "the venue line `<venue> <year>`, such as `NeurIPS 2023 | Venue PDF`";

    // notice = "Notice:" , text ;
    private static readonly Parser<(string Value, Diagnostic[] Problems)> Notice =
        Line<string>("a `Notice:` line", line =>
            !IsNotice(line.Text) ? null : Clean<string>(line.Text.SequenceEqual(VariableCatalog.CurrentNotice) ? VariableCatalog.CurrentNotice : line.Text.ToString()));

    // title = text ;   (* any line but a notice or the authors line *)
    private static readonly Parser<(string Value, Diagnostic[] Problems)> Title =
        Line<string>(ExpectedTitle, line => IsAuthors(line.Text) || IsNotice(line.Text) ? null : Clean<string>(line.Text.ToString()))
            .XOr(Missing(MissingTitle, DiagnosticSeverity.Error, ExpectedTitle, ""));

    // authors = "Authors:" , [ " " ] , [ name , { ", " , name } ] ;
    private static readonly Parser<(EquatableArray<string> Value, Diagnostic[] Problems)> Authors =
        Line(ExpectedAuthors, ReadAuthors)
            .XOr(Missing<EquatableArray<string>>(MissingAuthors, DiagnosticSeverity.Warning, ExpectedAuthors, []));

    // venue = venue-name , " " , year , { "|" , label } ;   (* any line before the table, but a start *)
    private static readonly Parser<((Venue? Venue, EquatableArray<string> Links) Value, Diagnostic[] Problems)> Venue =
        Line(ExpectedVenue, ReadVenueLine, stopAtStart: true)
            .XOr(Missing<(Venue?, EquatableArray<string>)>(BadVenueLine, DiagnosticSeverity.Error, ExpectedVenue, (null, [])));

    /// <summary>
    /// <c>scorecard = [ notice ] , title , authors , venue , frame , table , footer ;</c> one scorecard in
    /// <paramref name="rendering"/>, from its first line to the next start or the end of the text; when
    /// <paramref name="single"/>, a start after it (another scorecard) is an error (GR007).
    /// </summary>
    public static Parser<ParseReport> Scorecard(Rendering rendering, bool single) =>
        from notice in Notice.Optional()
        from title in Title
        from authors in Authors
        from venue in Venue
        from frame in rendering.Frame
        from table in rendering.Table
        from footer in Footer
        select Report(notice.GetOrDefault().Value, title, authors, venue, frame, table, footer, single, rendering);

    /// <summary>
    /// <c>[ preamble ] , scorecard</c>, written <c>preamble , scorecard | scorecard</c>: the first scorecard
    /// of a text, after any text before it. An optional preamble in the scorecard's query would cost a level
    /// on every page (about 0.6 KB), and most texts have none: a reader whose first line with text is a
    /// start (<see cref="AtStart"/>) reads <c>scorecard</c> alone, the second alternative, without trying
    /// the first.
    /// </summary>
    public static Parser<ParseReport> First(Parser<ParseReport> scorecard) =>
        (from preamble in Preamble
         from card in scorecard
         select card.After(preamble))
        .Or(scorecard);

    /// <summary>True when the first line with text at <paramref name="input"/> is a <c>start</c>: no preamble can come before the scorecard there.</summary>
    public static bool AtStart(SourceInput input) => IsStart(SourceLine.At(input.Source, input.Position, input.Line, input.Column, input.Joinable).SkipBlankLines());

    public static bool IsNotice(ReadOnlySpan<char> text) => text.StartsWith(VariableCatalog.NoticePrefix, StringComparison.Ordinal);

    public static bool IsAuthors(ReadOnlySpan<char> text) => text.StartsWith(AuthorsPrefix, StringComparison.Ordinal);

    /// <summary>
    /// <c>start = notice-line | title-line , { blank } , authors-line ;</c> true when a scorecard may start
    /// at <paramref name="line"/>: it is a notice, or a line (other than an authors line) whose next line
    /// with text is an <c>Authors:</c> line. Every line after a scorecard's title stops here.
    /// </summary>
    public static bool IsStart(in SourceLine line) =>
        !line.IsBlank && (IsNotice(line.Text) || (!IsAuthors(line.Text) && AuthorsFollow(line)));

    /// <summary>True when the next line with text after <paramref name="line"/> starts with <c>Authors:</c>; blank lines are passed over without scanning the line after them.</summary>
    private static bool AuthorsFollow(in SourceLine line)
    {
        if (!line.HasLineEnd) return false;   // the end of the text, or a joined page's notice, follows
        var source = line.Source;
        var at = line.Next;
        while (at < source.Length)
        {
            var i = at;
            while (i < source.Length && SourceLine.IsTrailingSpace(source[i])) i++;
            if (i == source.Length) return false;
            if (source[i] is not ('\n' or '\r')) return IsAuthors(source.AsSpan(at));
            at = source[i] == '\r' && i + 1 < source.Length && source[i + 1] == '\n' ? i + 2 : i + 1;
        }
        return false;
    }

    /// <summary><c>Authors: A, B, C</c>: the names between the <c>, </c> separators, each as written.</summary>
    private static (EquatableArray<string> Value, Diagnostic[] Problems)? ReadAuthors(SourceLine line)
    {
        var text = line.Text;
        if (!IsAuthors(text)) return null;

        var names = text[AuthorsPrefix.Length..];
        if (names.StartsWith(" ")) names = names[1..];
        var result = names.IsEmpty ? [] : new string[names.Count(AuthorSeparator) + 1];
        for (var i = 0; i < result.Length; i++)
        {
            var comma = names.IndexOf(AuthorSeparator);
            result[i] = (comma < 0 ? names : names[..comma]).ToString();
            names = comma < 0 ? [] : names[(comma + AuthorSeparator.Length)..];
        }
        return Clean<EquatableArray<string>>(EquatableArray.Own(result));
    }

    /// <summary>
    /// <c>NeurIPS 2023 | Venue PDF | LLM Run Details</c>: the venue is everything before the last space of
    /// the text before the first <c>|</c>, the year four digits after it. Any line that does not open the
    /// table is taken as the venue line, and what is wrong with it reported.
    /// </summary>
    private static ((Venue?, EquatableArray<string>) Value, Diagnostic[] Problems)? ReadVenueLine(SourceLine line)
    {
        var text = line.Text;
        if (Rendering.OpensAnyTable(text)) return null;

        var bar = text.IndexOf('|');
        var head = (bar < 0 ? text : text[..bar]).TrimEnd(' ');
        var space = head.LastIndexOf(' ');
        var name = space < 0 ? [] : head[..space].Trim(' ');
        if (name.IsEmpty) return BadVenue(line, line.Start, BadVenueLine, ExpectedVenue, SourceLine.Describe(text));

        var year = head[(space + 1)..];
        if (year.Length != 4 || !char.IsAsciiDigit(year[0]) || !char.IsAsciiDigit(year[1]) || !char.IsAsciiDigit(year[2]) || !char.IsAsciiDigit(year[3]))
        {
            return BadVenue(line, line.Start + space + 1, BadYear, "a year of four digits after the venue name, such as `2023`", SourceLine.Describe(year));
        }

        var links = new List<string>();
        Diagnostic? emptyLabel = null;
        while (bar >= 0)
        {
            var rest = text[(bar + 1)..];
            var next = rest.IndexOf('|');
            var label = (next < 0 ? rest : rest[..next]).Trim(' ');
            if (!label.IsEmpty) links.Add(label.ToString());
            else emptyLabel ??= new Diagnostic(EmptyLinkLabel, DiagnosticSeverity.Warning,
                $"expected a link label after `|`, found {(next < 0 ? line.EndDescription : "`|`")}", line.SpanFrom(line.Start + bar + 1), "the empty label is left out");
            bar = next < 0 ? -1 : bar + 1 + next;
        }

        (Venue?, EquatableArray<string>) read = (new Venue(name.ToString(), int.Parse(year, CultureInfo.InvariantCulture)), EquatableArray.Own(links.ToArray()));
        return emptyLabel is null ? Clean<(Venue?, EquatableArray<string>)>(read) : With<(Venue?, EquatableArray<string>)>(read, emptyLabel);
    }

    private static ((Venue?, EquatableArray<string>) Value, Diagnostic[] Problems) BadVenue(SourceLine line, int offset, string code, string expected, string found) =>
        With<(Venue?, EquatableArray<string>)>((null, []),
            new Diagnostic(code, DiagnosticSeverity.Error, $"expected {expected}, found {found}", line.SpanFrom(offset), "the line is skipped"));

    /// <summary>
    /// <c>scorecard</c>'s value: the paper (when its venue could be read) with the table's rows, and every
    /// problem in source order: each block's and each line's, then the table's as a whole
    /// (<see cref="CheckTable"/>), then what was passed over after the table, and a second scorecard where
    /// one was expected.
    /// </summary>
    private static ParseReport Report(
        string? notice, (string Value, Diagnostic[] Problems) title, (EquatableArray<string> Value, Diagnostic[] Problems) authors, ((Venue? Venue, EquatableArray<string> Links) Value, Diagnostic[] Problems) venue,
        Diagnostic[] frame, IEnumerable<(Variable? Value, Diagnostic[] Problems)> lines, (SourceSpan TableEnd, Diagnostic[] Problems, SourceSpan? Next, string? NextFound) footer, bool single, Rendering rendering)
    {
        // Most pages have no problem and nine rows: nothing is allocated for the one, exactly one array for the other.
        List<Diagnostic>? problems = null;
        Add(ref problems, title.Problems);
        Add(ref problems, authors.Problems);
        Add(ref problems, venue.Problems);
        Add(ref problems, frame);
        var read = lines as IReadOnlyList<(Variable? Value, Diagnostic[] Problems)> ?? [.. lines];   // Sprache's Many gives a list
        var count = 0;
        for (var i = 0; i < read.Count; i++)
        {
            Add(ref problems, read[i].Problems);
            if (read[i].Value is not null) count++;
        }
        var rows = new Variable[count];
        count = 0;
        for (var i = 0; i < read.Count; i++)
        {
            if (read[i].Value is { } variable) rows[count++] = variable;
        }
        CheckTable(rows, footer.TableEnd, ref problems);

        Add(ref problems, footer.Problems);
        if (single && footer.Next is { } another)
        {
            (problems ??= []).Add(new Diagnostic(MoreThanOneScorecard, DiagnosticSeverity.Error,
                $"expected the end of the input, found another scorecard starting with {footer.NextFound}", another,
                "it is not read; Scorecard.ParseMany reads every scorecard of a text"));
        }

        // The lists are handed over frozen, so the records keep them without another copy.
        var paper = venue.Value.Venue is { } where
            ? new Paper(notice, title.Value, authors.Value, where, venue.Value.Links, EquatableArray.Own(rows))
            : null;
        // Source order: a table check stands at its row or at the table's end, before the footer's problems.
        return new ParseReport(paper, problems is null ? [] : EquatableArray.Own(Ordered(problems)), rendering.Kind);
    }

    /// <summary>
    /// The rules over a table as a whole, which no line alone can break (docs/format.md, "The table"): it has
    /// a row; each of the nine variables has a row (GR040, an error: a score over fewer would be wrong in
    /// silence); a variable's second row is reported at that row (GR041), and only its first counts. A
    /// constraint on the set of rows, not a sequence of lines: one pass over the rows the grammar read.
    /// </summary>
    private static void CheckTable(ReadOnlySpan<Variable> rows, SourceSpan tableEnd, ref List<Diagnostic>? problems)
    {
        if (rows.IsEmpty)
        {
            (problems ??= []).Add(new Diagnostic(NoRows, DiagnosticSeverity.Error, "expected at least one table row, found none", tableEnd));
        }
        Span<int> firstLine = stackalloc int[VariableCatalog.All.Count];
        foreach (var variable in rows)
        {
            if (variable.Kind == VariableKind.Unknown) continue;
            var index = (int)variable.Kind - 1;
            var at = variable.Evidence.Span;
            if (firstLine[index] == 0)
            {
                firstLine[index] = at.Line;
                continue;
            }
            // The row, from its line's start to its evidence's end.
            var row = new SourceSpan(at.Offset - at.Column + 1, at.Column - 1 + at.Length, at.Line, 1);
            (problems ??= []).Add(new Diagnostic(DuplicateVariable, DiagnosticSeverity.Warning,
                $"a second `{VariableCatalog.Get(variable.Kind).Name}` row (the first is on line {firstLine[index]})", row, "only the first counts"));
        }
        for (var i = 0; i < firstLine.Length; i++)
        {
            if (firstLine[i] != 0) continue;
            // A scorecard of the Index has all nine: a page without one is incomplete (often cut off).
            (problems ??= []).Add(new Diagnostic(MissingVariable, DiagnosticSeverity.Error,
                $"expected a row for `{VariableCatalog.All[i].Name}`, found none: the scorecard is incomplete", tableEnd, "it counts as not Yes, and the paper is marked incomplete"));
        }
    }

    private static void Add(ref List<Diagnostic>? problems, Diagnostic[] found)
    {
        if (found.Length > 0) (problems ??= []).AddRange(found);
    }

    /// <summary>The problems by where they stand (a stable sort: problems at one place keep their order).</summary>
    private static Diagnostic[] Ordered(List<Diagnostic> problems)
    {
        var array = problems.ToArray();
        for (var i = 1; i < array.Length; i++)
        {
            if (array[i].Span.Offset < array[i - 1].Span.Offset) return [.. array.OrderBy(d => d.Span.Offset)];
        }
        return array;
    }
}
