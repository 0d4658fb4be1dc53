using System.Diagnostics.CodeAnalysis;
using GillRepro.Parsing;
using GillRepro.Serialization;

namespace GillRepro;

/// <summary>
/// The entry points: parse a scorecard into a <see cref="Paper"/>, score it, score a group of papers,
/// and write a paper back as a canonical scorecard.
/// </summary>
public static class Scorecard
{
    /// <summary>Parses a scorecard in the Index's markdown layout.</summary>
    /// <param name="text">The scorecard; LF or CRLF line ends, a final newline, trailing spaces and a byte order mark are fine.</param>
    /// <returns>The paper, with every variable kept and every byte of evidence text.</returns>
    /// <exception cref="ScorecardParseException">The text is not a scorecard; the exception names the line, the column, what was expected and what was found.</exception>
    public static Paper Parse(string text) =>
        TryParse(text, out var paper, out var error) ? paper : throw new ScorecardParseException(error);

    /// <summary>Parses a scorecard without throwing.</summary>
    /// <param name="text">The scorecard.</param>
    /// <param name="paper">The paper when the text is a scorecard.</param>
    /// <param name="error">Where and why the text is not a scorecard, otherwise.</param>
    /// <returns>True when the text is a scorecard.</returns>
    public static bool TryParse(string text, [NotNullWhen(true)] out Paper? paper, [NotNullWhen(false)] out ParseError? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var result = ScorecardGrammar.Document(new SourceInput(text, start));
        if (result.WasSuccessful)
        {
            paper = result.Value;
            error = null;
            return true;
        }

        var at = result.Remainder;
        paper = null;
        error = new ParseError(at.Line, at.Column, at.Position, string.Join(" or ", result.Expectations), result.Message);
        return false;
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

    /// <summary>Writes a paper as a canonical scorecard: <c>ToMarkdown(Parse(t)) == t</c> for every canonical <c>t</c>.</summary>
    /// <param name="paper">The paper.</param>
    /// <exception cref="ArgumentException">A field cannot be written in the layout: a line break anywhere, or a pipe or padding in a cell.</exception>
    public static string ToMarkdown(Paper paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        MarkdownWriter.Write(paper, writer);
        return writer.ToString();
    }

    /// <summary>Writes a paper as a canonical scorecard to a writer.</summary>
    /// <param name="paper">The paper.</param>
    /// <param name="writer">Where to write; LF line ends, no final newline.</param>
    /// <exception cref="ArgumentException">A field cannot be written in the layout.</exception>
    public static void WriteMarkdown(Paper paper, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(paper);
        ArgumentNullException.ThrowIfNull(writer);
        MarkdownWriter.Write(paper, writer);
    }
}
