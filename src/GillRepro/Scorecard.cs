using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using GillRepro.Parsing;
using GillRepro.Parsing.Lenient;
using GillRepro.Serialization;

namespace GillRepro;

/// <summary>
/// The entry points: parse a scorecard into a <see cref="Paper"/> (strictly, or leniently with every
/// problem reported), score it, score a group of papers, and write a paper back as a canonical scorecard.
/// </summary>
public static class Scorecard
{
    /// <summary>Parses a scorecard strictly: the first problem stops it.</summary>
    /// <param name="text">The scorecard, in either rendering; LF, CRLF or CR line ends, a final newline, trailing spaces and a byte order mark are fine.</param>
    /// <param name="options">The rendering (detected by default) and the largest input.</param>
    /// <returns>The paper, with every variable kept and every character of evidence text.</returns>
    /// <exception cref="ScorecardParseException">The text is not a scorecard; the exception names the line, the column, what was expected and what was found.</exception>
    public static Paper Parse(string text, ScorecardParseOptions? options = null) =>
        TryParse(text, options, out var paper, out var error) ? paper : throw new ScorecardParseException(error);

    /// <summary>Parses a scorecard strictly without throwing, with the default options.</summary>
    /// <param name="text">The scorecard.</param>
    /// <param name="paper">The paper when the text is a scorecard.</param>
    /// <param name="error">Where and why the text is not a scorecard, otherwise.</param>
    /// <returns>True when the text is a scorecard.</returns>
    public static bool TryParse(string text, [NotNullWhen(true)] out Paper? paper, [NotNullWhen(false)] out ParseError? error) =>
        TryParse(text, null, out paper, out error);

    /// <summary>Parses a scorecard strictly without throwing.</summary>
    /// <param name="text">The scorecard.</param>
    /// <param name="options">The rendering (detected by default) and the largest input.</param>
    /// <param name="paper">The paper when the text is a scorecard.</param>
    /// <param name="error">Where and why the text is not a scorecard, otherwise.</param>
    /// <returns>True when the text is a scorecard.</returns>
    public static bool TryParse(string text, ScorecardParseOptions? options, [NotNullWhen(true)] out Paper? paper, [NotNullWhen(false)] out ParseError? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= ScorecardParseOptions.Default;
        paper = null;
        if (text.Length > options.MaxInputLength)
        {
            error = new ParseError(1, 1, 0,
                string.Create(CultureInfo.InvariantCulture, $"a scorecard of at most {options.MaxInputLength:N0} characters (ScorecardParseOptions.MaxInputLength)"),
                string.Create(CultureInfo.InvariantCulture, $"{text.Length:N0} characters"));
            return false;
        }

        // With the rendering left to detection, markdown is tried first: a markdown page then costs no
        // detection scan. Only where that fails is the text examined, and plain text read if it is that.
        var start = InputChecks.Start(text);
        var rendering = options.Rendering == ScorecardRendering.Auto ? ScorecardRendering.Markdown : options.Rendering;
        var result = Grammar(rendering)(new SourceInput(text, start));
        if (!result.WasSuccessful && options.Rendering == ScorecardRendering.Auto && InputChecks.Detect(text, start) == ScorecardRendering.PlainText)
        {
            result = ScorecardGrammar.PlainText(new SourceInput(text, start));
        }
        if (result.WasSuccessful)
        {
            paper = result.Value;
            error = null;
            return true;
        }

        var at = result.Remainder;
        error = new ParseError(at.Line, at.Column, at.Position, string.Join(" or ", result.Expectations), result.Message);
        return false;
    }

    /// <summary>
    /// Parses a scorecard leniently: it never throws on bad input, reads every row it can, and reports
    /// every problem as a positioned <see cref="Diagnostic"/> with a stable code. Parsing time grows
    /// linearly with the text.
    /// </summary>
    /// <param name="text">The scorecard, whole or damaged, in either rendering.</param>
    /// <param name="options">The rendering (detected by default) and the largest input.</param>
    /// <returns>The paper (null when not even its title and venue could be read) and the diagnostics.</returns>
    public static ParseReport ParseLenient(string text, ScorecardParseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= ScorecardParseOptions.Default;
        var rendering = options.Rendering;
        if (InputChecks.TooLarge(text, options.MaxInputLength) is { } tooLarge)
        {
            return new ParseReport(null, [tooLarge], rendering);
        }

        var start = InputChecks.Start(text);
        rendering = Resolve(text, start, options);
        var odd = new List<Diagnostic>();
        InputChecks.FindOddCharacters(text, odd);
        if (text.AsSpan(start).IsWhiteSpace())
        {
            odd.Add(new Diagnostic(DiagnosticCodes.EmptyInput, DiagnosticSeverity.Error, "the input is empty; a scorecard starts with its title", new SourceSpan(start, 0, 1, 1)));
            return new ParseReport(null, odd, rendering);
        }

        var grammar = rendering == ScorecardRendering.PlainText ? LenientGrammar.PlainText : LenientGrammar.Markdown;
        var report = grammar(new SourceInput(text, start)).Value;
        if (odd.Count == 0) return report;
        return report with { Diagnostics = [.. report.Diagnostics.Concat(odd).OrderBy(d => d.Span.Offset)] };
    }

    /// <summary>
    /// Reads scorecards that stand back to back in one text (each starting at its notice or its title),
    /// leniently, one at a time and in constant memory: a document is read, reported and let go before
    /// the next is read. Lines and offsets in the reports count from the start of the whole text.
    /// </summary>
    /// <param name="reader">The text; it is read to its end as the sequence is enumerated.</param>
    /// <param name="options">The rendering (detected per document by default) and the largest document.</param>
    public static IEnumerable<ParseReport> ParseMany(TextReader reader, ScorecardParseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return DocumentSplitter.Split(reader, options ?? ScorecardParseOptions.Default);
    }

    /// <summary>Scores a paper as the Reproducibility Index does.</summary>
    /// <param name="paper">The paper.</param>
    /// <returns>The Documentation Score D (0 to 7), the Reproducibility Score R (0, 0.33 or 0.86), whether the paper is empirical, and the per-variable breakdown.</returns>
    public static PaperScore Score(Paper paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        return Scorer.Score(paper);
    }

    /// <summary>Scores a paper against a profile, such as a venue's checklist.</summary>
    /// <param name="paper">The paper.</param>
    /// <param name="profile">Which variables count, what each is worth and which results meet it.</param>
    /// <returns>Points, maximum, share met and the criteria not met.</returns>
    public static ComplianceScore Score(Paper paper, ScoringProfile profile)
    {
        ArgumentNullException.ThrowIfNull(paper);
        ArgumentNullException.ThrowIfNull(profile);
        return Scorer.Score(paper, profile);
    }

    /// <summary>The Index's figures for a group of papers, read in one pass.</summary>
    /// <param name="papers">The group; theoretical papers are counted but enter no other figure.</param>
    public static GroupScore ScoreGroup(IEnumerable<Paper> papers)
    {
        ArgumentNullException.ThrowIfNull(papers);
        var group = new GroupAccumulator();
        foreach (var paper in papers)
        {
            group.Add(Scorer.Score(paper ?? throw new ArgumentException("The group holds a null paper.", nameof(papers))));
        }
        return group.ToScore();
    }

    /// <summary>
    /// The Index's figures for a corpus, per group (year, venue, venue-year, affiliation, or none), read
    /// in one pass and in memory that grows with the number of groups, not of papers.
    /// </summary>
    /// <param name="papers">The papers, in any order; a lazily read sequence is read once.</param>
    /// <param name="by">How to group them.</param>
    public static CorpusSummary Summarize(IEnumerable<Paper> papers, GroupBy by = GroupBy.None)
    {
        ArgumentNullException.ThrowIfNull(papers);
        if (!Enum.IsDefined(by)) throw new ArgumentOutOfRangeException(nameof(by), by, "Not a way to group papers.");
        var summarizer = new Summarizer(by);
        foreach (var paper in papers)
        {
            summarizer.Add(paper ?? throw new ArgumentException("The papers hold a null paper.", nameof(papers)));
        }
        return summarizer.ToSummary();
    }

    /// <summary>Writes a paper as a canonical markdown scorecard: <c>ToMarkdown(Parse(t)) == t</c> for every canonical <c>t</c>.</summary>
    /// <param name="paper">The paper.</param>
    /// <exception cref="ArgumentException">A field cannot be written in the layout: a line break anywhere, or a pipe or padding in a cell.</exception>
    public static string ToMarkdown(Paper paper) => Write(paper, ScorecardRendering.Markdown);

    /// <summary>Writes a paper as a canonical plain-text scorecard: blocks separated by blank lines, the table as <c>variable result evidence</c> lines.</summary>
    /// <param name="paper">The paper.</param>
    /// <exception cref="ArgumentException">A field cannot be written in plain text: a line break, an unknown variable, or a result of more than one word.</exception>
    public static string ToPlainText(Paper paper) => Write(paper, ScorecardRendering.PlainText);

    /// <summary>Writes a paper as a canonical markdown scorecard to a writer.</summary>
    /// <param name="paper">The paper.</param>
    /// <param name="writer">Where to write; LF line ends, no final newline.</param>
    /// <exception cref="ArgumentException">A field cannot be written in the layout.</exception>
    public static void WriteMarkdown(Paper paper, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(paper);
        ArgumentNullException.ThrowIfNull(writer);
        ScorecardWriter.Write(paper, writer, ScorecardRendering.Markdown);
    }

    private static string Write(Paper paper, ScorecardRendering rendering)
    {
        ArgumentNullException.ThrowIfNull(paper);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        ScorecardWriter.Write(paper, writer, rendering);
        return writer.ToString();
    }

    private static Sprache.Parser<Paper> Grammar(ScorecardRendering rendering) =>
        rendering == ScorecardRendering.PlainText ? ScorecardGrammar.PlainText : ScorecardGrammar.Markdown;

    private static ScorecardRendering Resolve(string text, int start, ScorecardParseOptions options) =>
        options.Rendering == ScorecardRendering.Auto ? InputChecks.Detect(text, start) : options.Rendering;
}
