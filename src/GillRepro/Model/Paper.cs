
namespace GillRepro.Model;

/// <summary>
/// A scorecard: one paper with its title, authors, venue and reproducibility variables. Immutable, with
/// value equality that compares contents, not positions: two parses of one page are equal wherever the
/// page stood (after a blank line, in a stream), and so is a paper written and read back.
/// </summary>
/// <param name="Notice">The notice paragraph above the title, without its line end; null when the page has none.</param>
/// <param name="Title">The paper's title.</param>
/// <param name="Authors">The authors' names, each exactly as written between the <c>, </c> separators.</param>
/// <param name="Venue">The venue and year.</param>
/// <param name="Links">The link labels printed after the venue, such as <c>Venue PDF</c> and <c>LLM Run Details</c>.</param>
/// <param name="Variables">The table's rows in source order, known or not.</param>
public sealed record Paper(
    string? Notice,
    string Title,
    EquatableArray<string> Authors,
    Venue Venue,
    EquatableArray<string> Links,
    EquatableArray<Variable> Variables)
{
    /// <summary>The paper's title.</summary>
    public string Title { get; init => field = value ?? throw new ArgumentNullException(nameof(Title)); } = Title ?? throw new ArgumentNullException(nameof(Title));

    /// <summary>The authors' names, each exactly as written between the <c>, </c> separators.</summary>
    public EquatableArray<string> Authors { get; init => field = EquatableArray.NoNulls(value, nameof(Authors)); } = EquatableArray.NoNulls(Authors, nameof(Authors));

    /// <summary>The venue and year.</summary>
    public Venue Venue { get; init => field = value ?? throw new ArgumentNullException(nameof(Venue)); } = Venue ?? throw new ArgumentNullException(nameof(Venue));

    /// <summary>The link labels printed after the venue, such as <c>Venue PDF</c> and <c>LLM Run Details</c>.</summary>
    public EquatableArray<string> Links { get; init => field = EquatableArray.NoNulls(value, nameof(Links)); } = EquatableArray.NoNulls(Links, nameof(Links));

    /// <summary>The table's rows in source order, known or not.</summary>
    public EquatableArray<Variable> Variables { get; init => field = EquatableArray.NoNulls(value, nameof(Variables)); } = EquatableArray.NoNulls(Variables, nameof(Variables));

    /// <summary>
    /// The first row of the given kind, or null when the scorecard has none. Only the first row of a
    /// variable counts in any score; a second one is reported as a duplicate when the page is parsed.
    /// </summary>
    /// <param name="kind">One of the nine known variables.</param>
    public Variable? Find(VariableKind kind)
    {
        foreach (var variable in Variables.AsSpan())
        {
            if (variable.Kind == kind) return variable;
        }
        return null;
    }

    /// <summary>
    /// True when the paper has a row for each of the nine variables of <see cref="VariableCatalog.All"/>,
    /// as every scorecard of the Index does. Strict parsing reads only complete papers; lenient parsing
    /// also reads incomplete ones (a page cut off, say), whose scores count what is there.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsComplete => FirstMissing() is null;

    /// <summary>
    /// What makes two papers the same paper, when copies of one paper are counted once
    /// (<see cref="DistinctPapers"/>) and when labellings are compared: venue, year and title, with letter
    /// case, runs of whitespace and Unicode compatibility forms folded. Two papers are the same exactly
    /// when their keys are equal.
    /// </summary>
    public string MatchKey() => PaperKey.Of(this);

    /// <summary>The first of the nine variables, in the Index's order, that the paper has no row for; null when it is complete.</summary>
    internal VariableDefinition? FirstMissing()
    {
        var all = VariableCatalog.All;
        for (var i = 0; i < all.Count; i++)
        {
            if (Find(all[i].Kind) is null) return all[i];
        }
        return null;
    }
}
