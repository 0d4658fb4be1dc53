using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace GillRepro;

/// <summary>
/// The entry points: read a scorecard into a <see cref="Paper"/> (strictly, or leniently with every
/// problem reported; one, or many in a text or a stream), score it, and write it back as a canonical
/// scorecard. Groups, corpora and comparisons have their own types: <see cref="GroupScore.Of"/>,
/// <see cref="CorpusSummary"/>, <see cref="DistinctPapers"/>, <see cref="LabellingComparison"/>, <see cref="Stability"/>.
/// </summary>
public static class Scorecard
{
    /// <summary>Parses a scorecard strictly: the text is refused at its first error.</summary>
    /// <param name="text">The scorecard, in either rendering; LF, CRLF or CR line ends, a final newline, trailing spaces and a byte order mark are fine.</param>
    /// <param name="options">The rendering (detected by default) and the largest input.</param>
    /// <returns>The paper, with every variable kept and every character of evidence text.</returns>
    /// <exception cref="ScorecardParseException">The text is not a valid scorecard; the exception holds the first error, with its code and place.</exception>
    public static Paper Parse(string text, ScorecardParseOptions? options = null) =>
        TryParse(text, options, out var paper, out var error) ? paper : throw new ScorecardParseException(error);

    /// <summary>Parses a scorecard strictly without throwing, with the default options.</summary>
    /// <param name="text">The scorecard.</param>
    /// <param name="paper">The paper when the text is a valid scorecard.</param>
    /// <param name="error">The first error otherwise: its code, place, and what was expected and found.</param>
    /// <returns>True when the text is a valid scorecard: exactly when <see cref="ParseLenient"/> reports no error.</returns>
    public static bool TryParse(string text, [NotNullWhen(true)] out Paper? paper, [NotNullWhen(false)] out Diagnostic? error) =>
        TryParse(text, null, out paper, out error);

    /// <summary>Parses a scorecard strictly without throwing.</summary>
    /// <param name="text">The scorecard.</param>
    /// <param name="options">The rendering (detected by default) and the largest input.</param>
    /// <param name="paper">The paper when the text is a valid scorecard.</param>
    /// <param name="error">The first error otherwise.</param>
    /// <returns>True when the text is a valid scorecard: exactly when <see cref="ParseLenient"/> reports no error.</returns>
    public static bool TryParse(string text, ScorecardParseOptions? options, [NotNullWhen(true)] out Paper? paper, [NotNullWhen(false)] out Diagnostic? error)
    {
        var report = ParseLenient(text, options);
        paper = report.IsValid ? report.Paper : null;
        error = report.FirstError;
        return paper is not null;
    }

    /// <summary>
    /// Parses a scorecard leniently: it never throws on bad input, reads every row it can, and reports
    /// every problem as a positioned <see cref="Diagnostic"/> with a stable code, in source order.
    /// Time grows linearly with the text.
    /// </summary>
    /// <param name="text">The scorecard, whole or damaged, in either rendering.</param>
    /// <param name="options">The rendering (detected by default) and the largest input.</param>
    /// <returns>The paper (null when not even its title and venue could be read) and the diagnostics.</returns>
    public static ParseReport ParseLenient(string text, ScorecardParseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Documents.ReadOne(text, options ?? ScorecardParseOptions.Default);
    }

    /// <summary>
    /// Reads the scorecards of a stream (a saved search result, pages joined by <c>cat</c>, an export),
    /// leniently, one at a time and in constant memory: a scorecard is read, reported and let go before
    /// the next is read. A scorecard begins at its notice, or at its title where an <c>Authors:</c> line
    /// follows (docs/format.md); text before the first and after each table is passed over with a warning.
    /// The reports are those <see cref="ParseMany(string, ScorecardParseOptions)"/> gives for the same text,
    /// spans counted from the start of the stream.
    /// </summary>
    /// <param name="reader">The text; it is read to its end as the sequence is enumerated.</param>
    /// <param name="options">The rendering (detected per scorecard by default) and the largest scorecard.</param>
    public static IEnumerable<ParseReport> ParseMany(TextReader reader, ScorecardParseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Documents.Read(reader, options ?? ScorecardParseOptions.Default);
    }

    /// <summary>
    /// Reads the scorecards of a stream of bytes (a file, standard input, a pipe), as
    /// <see cref="ParseMany(TextReader, ScorecardParseOptions)"/> reads text, decoding it as
    /// <see cref="TryDecode"/> does: UTF-8, or UTF-16 where a byte order mark says so. Nothing seeks. Bytes that
    /// are not text end the text where they stand, and a last report, without a paper, says where and what
    /// they seem to be (code <see cref="DiagnosticCodes.NotText"/>).
    /// </summary>
    /// <param name="stream">The bytes; read to their end as the sequence is enumerated, and not closed.</param>
    /// <param name="options">The rendering (detected per scorecard by default) and the largest scorecard.</param>
    public static IEnumerable<ParseReport> ParseMany(Stream stream, ScorecardParseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return Read(stream, options ?? ScorecardParseOptions.Default);

        static IEnumerable<ParseReport> Read(Stream stream, ScorecardParseOptions options)
        {
            var text = new DecodingReader(stream);
            foreach (var report in Documents.Read(text, options)) yield return text.Mark(report);
            if (text.Rest() is { } stray) yield return new ParseReport(null, [stray], options.Rendering);
            if (text.Problem is { } problem) yield return new ParseReport(null, [problem], options.Rendering);
        }
    }

    /// <summary>
    /// Reads the scorecards of a text in memory (such as a file's), leniently and in place: the grammar
    /// ends each scorecard where the next one begins. A text of one scorecard gives the report
    /// <see cref="ParseLenient"/> gives; a blank text gives none. Spans count from the start of the text.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="options">The rendering (detected per scorecard by default) and the largest scorecard.</param>
    public static IEnumerable<ParseReport> ParseMany(string text, ScorecardParseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Documents.Read(text, options ?? ScorecardParseOptions.Default);
    }

    /// <summary>
    /// True when the text is meant as a scorecard, whole or damaged: it holds the Index's notice, an
    /// <c>Authors:</c> line or the table header of a rendering. A README, a licence or notes hold none; a
    /// tool can tell a user it passed them over instead of reporting them as broken scorecards.
    /// </summary>
    /// <param name="text">Any text.</param>
    public static bool IsScorecard(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var line = SourceLine.At(text, text.StartsWith('\uFEFF') ? 1 : 0, 1); ; line = line.NextLine())
        {
            var words = line.Text.Trim();
            if (words.StartsWith(VariableCatalog.NoticeOpening, StringComparison.Ordinal) || ScorecardGrammar.IsAuthors(words) || Rendering.IsAnyHeader(words)) return true;
            if (line.EndsInput) return false;
        }
    }

    /// <summary>
    /// Decodes a file's bytes into text for the parser: UTF-8, or UTF-16 where a byte order mark says so
    /// (a byte order mark is kept as U+FEFF, which the parser passes over). Bytes that are not text are
    /// reported (code <see cref="DiagnosticCodes.NotText"/>) with their line and column in UTF-16 code
    /// units and a guess at their encoding; they are never replaced.
    /// </summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="text">The text, when the bytes are text.</param>
    /// <param name="error">Where and why they are not, otherwise.</param>
    /// <returns>True when the bytes are text.</returns>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, [NotNullWhen(true)] out string? text, [NotNullWhen(false)] out Diagnostic? error)
    {
        var decoded = TextDecoder.TryDecode(bytes, out var read, out error);
        text = decoded ? read : null;
        return decoded;
    }

    /// <summary>Scores a paper as the Reproducibility Index does.</summary>
    /// <param name="paper">The paper.</param>
    /// <returns>The Documentation Score D (0 to 7), the Reproducibility Score R (0, 0.33 or 0.86), whether the paper is empirical, and the per-variable breakdown.</returns>
    public static PaperScore Score(Paper paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        return Scorer.Score(paper);
    }

    /// <summary>Scores a paper against a profile, such as a venue's checklist: how far it complies.</summary>
    /// <param name="paper">The paper.</param>
    /// <param name="profile">Which variables count, what each is worth and which results meet it.</param>
    /// <returns>Points, maximum, share met and the criteria not met.</returns>
    public static ComplianceScore Score(Paper paper, ScoringProfile profile)
    {
        ArgumentNullException.ThrowIfNull(paper);
        ArgumentNullException.ThrowIfNull(profile);
        return Scorer.Compliance(paper, profile);
    }

    /// <summary>Writes a paper as a canonical markdown scorecard: <c>ToMarkdown(Parse(t)) == t</c> for every canonical <c>t</c>.</summary>
    /// <param name="paper">The paper.</param>
    /// <returns>Text that parses back to a paper equal to <paramref name="paper"/>.</returns>
    /// <exception cref="ArgumentException">A field cannot be written so that it reads back the same; the message names the field and the rule. Nothing is written.</exception>
    public static string ToMarkdown(Paper paper) => ToText(paper, ScorecardRendering.Markdown);

    /// <summary>Writes a paper as a canonical plain-text scorecard: blocks separated by blank lines, the table as <c>variable result evidence</c> lines.</summary>
    /// <param name="paper">The paper.</param>
    /// <returns>Text that parses back to a paper equal to <paramref name="paper"/>.</returns>
    /// <exception cref="ArgumentException">A field cannot be written so that it reads back the same; the message names the field and the rule. Nothing is written.</exception>
    public static string ToPlainText(Paper paper) => ToText(paper, ScorecardRendering.PlainText);

    /// <summary>Writes a paper as a canonical scorecard in the given rendering, such as the one <see cref="ParseReport.Rendering"/> names.</summary>
    /// <param name="paper">The paper.</param>
    /// <param name="rendering">Markdown or plain text.</param>
    /// <returns>Text that parses back to a paper equal to <paramref name="paper"/>.</returns>
    /// <exception cref="ArgumentException">A field cannot be written so that it reads back the same, or the rendering is <see cref="ScorecardRendering.Auto"/>. Nothing is written.</exception>
    public static string ToText(Paper paper, ScorecardRendering rendering)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(paper, writer, rendering);
        return writer.ToString();
    }

    /// <summary>Writes a paper as a canonical scorecard to a writer: LF line ends, no final newline.</summary>
    /// <param name="paper">The paper.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="rendering">Markdown or plain text.</param>
    /// <exception cref="ArgumentException">A field cannot be written so that it reads back the same, or the rendering is <see cref="ScorecardRendering.Auto"/>. Nothing is written.</exception>
    public static void Write(Paper paper, TextWriter writer, ScorecardRendering rendering)
    {
        ArgumentNullException.ThrowIfNull(paper);
        ArgumentNullException.ThrowIfNull(writer);
        if (rendering == ScorecardRendering.Auto) throw new ArgumentException("Name the rendering to write: Markdown or PlainText.", nameof(rendering));
        ScorecardWriter.Write(paper, writer, Rendering.Of(rendering));
    }

    /// <summary>
    /// The canonical form of a text of one scorecard, in the rendering it was read in (what
    /// <c>gillrepro format</c> writes): <see cref="CanonicalStatus.Canonical"/> when the text is already
    /// exactly that, <see cref="CanonicalStatus.Rewritten"/> with the canonical text when it is not, and
    /// <see cref="CanonicalStatus.Refused"/> with the reason when rewriting would lose something: an error
    /// in the text (a row dropped, a second scorecard), text the grammar passed over (a site's header, a
    /// footer), or a field the rendering cannot hold.
    /// </summary>
    /// <param name="text">The text, as decoded (a byte order mark in it makes it not canonical).</param>
    /// <param name="options">The rendering (detected by default) and the largest input.</param>
    public static CanonicalForm Format(string text, ScorecardParseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return CanonicalForm.Of(text, ParseLenient(text, options));
    }
}
