using System.Globalization;

namespace GillRepro.Serialization;

/// <summary>
/// Writes a paper as a canonical scorecard: LF line ends, no final newline, the rendering's table
/// header. It keeps one promise: what it writes parses back to an equal paper. So the whole paper is
/// checked against the grammar's rules before a character is written, and a field the grammar would
/// read differently is refused with an <see cref="ArgumentException"/> that names it and the rule.
/// </summary>
internal static class ScorecardWriter
{
    public static void Write(Paper paper, TextWriter writer, Rendering rendering)
    {
        if (Refusal(paper, rendering) is { } refusal)
            throw new ArgumentException($"Cannot write this paper as a {Name(rendering)} scorecard: {refusal}.", nameof(paper));

        var block = rendering.BlockBreak;
        if (paper.Notice is { } notice)
        {
            writer.Write(notice);
            writer.Write(block);
        }
        writer.Write(paper.Title);
        writer.Write(block);

        writer.Write(ScorecardGrammar.AuthorsPrefix);
        writer.Write(' ');
        writer.Write(string.Join(ScorecardGrammar.AuthorSeparator, paper.Authors));
        writer.Write(block);

        writer.Write(paper.Venue.Name);
        writer.Write(' ');
        writer.Write(paper.Venue.Year.ToString("D4", CultureInfo.InvariantCulture));
        foreach (var link in paper.Links)
        {
            writer.Write(" | ");
            writer.Write(link);
        }
        writer.Write(block);

        rendering.WriteHeader(writer);
        foreach (var variable in paper.Variables)
        {
            writer.Write('\n');
            rendering.WriteRow(writer, variable);
        }
    }

    /// <summary>The first rule the paper breaks, as a phrase naming the field; null when it can be written.</summary>
    internal static string? Refusal(Paper paper, Rendering rendering)
    {
        var first = paper.Notice ?? paper.Title;
        if (first.StartsWith('\uFEFF')) return $"{(paper.Notice is null ? "the title" : "the notice")} starts with U+FEFF, which is read as a byte order mark";

        if (paper.Notice is { } notice)
        {
            if (!ScorecardGrammar.IsNotice(notice)) return $"the notice must start with `{VariableCatalog.NoticePrefix}`, or it is read as the title";
            if (Line(notice, Notice) is { } bad) return bad;
        }

        var title = paper.Title;
        if (Line(title, "the title") is { } badTitle) return badTitle;
        if (title.Length == 0) return "the title is empty";
        if (ScorecardGrammar.IsNotice(title) || ScorecardGrammar.IsAuthors(title))
            return $"the title starts with `{(ScorecardGrammar.IsNotice(title) ? VariableCatalog.NoticePrefix : ScorecardGrammar.AuthorsPrefix)}`, so it is read as another line";

        for (var i = 0; i < paper.Authors.Count; i++)
        {
            var author = paper.Authors[i];
            var which = $"author {i + 1} (`{author}`)";
            if (Breaks(author, which) is { } bad) return bad;
            if (author.Length == 0) return $"author {i + 1} is empty; a paper without authors has an empty list";
            if (author.Contains(ScorecardGrammar.AuthorSeparator, StringComparison.Ordinal)) return $"{which} holds `, `, which separates authors";
            if (i == paper.Authors.Count - 1 && SourceLine.IsTrailingSpace(author[^1])) return $"{which} ends with a space or tab, which ends a line unseen";
        }

        var venue = paper.Venue.Name;
        if (Label(venue, "the venue's name") is { } badVenue) return badVenue;
        if (ScorecardGrammar.IsNotice(venue)) return $"the venue's name starts with `{VariableCatalog.NoticePrefix}`, so its line is read as a notice";

        foreach (var link in paper.Links)
        {
            if (Label(link, $"the link label `{link}`") is { } bad) return bad;
        }

        if (paper.FirstMissing() is { } missing) return $"it has no `{missing.Name}` row, and a scorecard of the Index has all nine variables (Paper.IsComplete)";
        for (var i = 0; i < paper.Variables.Count; i++)
        {
            var variable = paper.Variables[i];
            var refusal = Breaks(variable.Name, "a variable's name") ?? Breaks(variable.Result.Text, $"the result of `{variable.Name}`")
                ?? Breaks(variable.Evidence.Text, $"the evidence of `{variable.Name}`") ?? rendering.Refuses(variable, i == paper.Variables.Count - 1);
            if (refusal is not null)
            {
                return refusal;
            }
        }
        return null;
    }

    /// <summary>A field that ends its line: no line break, no trailing space or tab (the line's end would drop it).</summary>
    private static string? Line(string text, string what) =>
        Breaks(text, what) ?? (text.Length > 0 && SourceLine.IsTrailingSpace(text[^1]) ? $"{what} ends with a space or tab, which ends a line unseen" : null);

    /// <summary>Any field: no line break, and (but at the notice's start) not the Index notice's opening, where a page joined to the line would begin.</summary>
    private static string? Breaks(string text, string what) =>
        text.AsSpan().ContainsAny('\n', '\r') ? $"{what} holds a line break"
        : text.IndexOf(VariableCatalog.NoticeOpening, StringComparison.Ordinal) is var at && at > 0 || (at == 0 && what != Notice)
            ? $"{what} holds `{VariableCatalog.NoticeOpening}`, where a page joined to the line would begin"
        : null;

    private const string Notice = "the notice";

    /// <summary>A venue name or link label: non-empty, one line, no <c>|</c>, no surrounding spaces.</summary>
    private static string? Label(string text, string what) =>
        text.Length == 0 ? $"{what} is empty"
        : Breaks(text, what) is { } broken ? broken
        : text.Contains('|') ? $"{what} holds `|`, which separates the venue line's labels"
        : char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]) ? $"{what} starts or ends with white space"
        : null;

    private static string Name(Rendering rendering) => rendering.Kind == ScorecardRendering.PlainText ? "plain-text" : "markdown";
}
