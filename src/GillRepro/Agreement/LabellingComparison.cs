
namespace GillRepro.Agreement;

/// <summary>
/// How far one labelling agrees with a reference on the same papers (an LLM run against people, say): per
/// variable, per paper, and in the figures a headline would quote. Papers are matched by
/// <see cref="Paper.MatchKey"/>; every figure is over the papers found in both, and the others are listed
/// in <see cref="Unmatched"/>. For three or more labellings, see <see cref="Stability"/>.
/// </summary>
public sealed record LabellingComparison
{
    private LabellingComparison(string labelling, string reference, int papers, EquatableArray<UnmatchedPaper> unmatched, EquatableArray<DuplicatePaper> duplicates,
        EquatableArray<VariableAgreement> variables, EquatableArray<ScoreChange> changes, (Proportion Documentation, Proportion Reproducibility, Proportion Either, double MeanSpread) moves,
        EquatableArray<LabellingFigures> figures, EquatableArray<ComparisonGroup> groups)
    {
        Labelling = labelling;
        Reference = reference;
        Papers = papers;
        Unmatched = unmatched;
        Duplicates = duplicates;
        Variables = variables;
        Changes = changes;
        MeanAbsoluteDocumentationChange = moves.MeanSpread;
        DocumentationChanged = moves.Documentation;
        ReproducibilityChanged = moves.Reproducibility;
        Changed = moves.Either;
        Figures = figures;
        Groups = groups;
    }

    /// <summary>Compares a labelling with a reference on the papers both hold.</summary>
    /// <param name="labelling">The labelling compared, such as an LLM run.</param>
    /// <param name="reference">The reference, such as people's labels: precision and recall of <c>Yes</c> are the labelling's against it.</param>
    /// <param name="by">Also compare per group of the compared papers (by the labelling's venue, year or affiliation); none by default.</param>
    /// <exception cref="ArgumentException">The two labellings have one name.</exception>
    public static LabellingComparison Of(Labelling labelling, Labelling reference, Grouping by = Grouping.None)
    {
        ArgumentNullException.ThrowIfNull(labelling);
        ArgumentNullException.ThrowIfNull(reference);
        Matcher.Check([labelling, reference], nameof(reference));
        if (!Enum.IsDefined(by)) throw new ArgumentOutOfRangeException(nameof(by), by, "Not a way to group papers.");
        var (matched, unmatched, duplicates) = Matcher.Match([labelling, reference]);
        var groups = Matcher.Grouped(matched, by).Select(g => Group(g.Key, g.Papers, labelling.Name, reference.Name));
        var scores = Matcher.Scores(matched);
        var changes = matched.Zip(scores).Where(x => Matcher.Moves(x.Second)).Select(x => new ScoreChange(x.First[0].Venue, x.First[0].Title, x.Second[0], x.Second[1]));
        return new LabellingComparison(labelling.Name, reference.Name, matched.Count, unmatched, duplicates,
            [.. VariableCatalog.All.Select(v => Matcher.Agreement(v, matched))], [.. changes], Matcher.Moves(scores),
            Matcher.Figures([labelling.Name, reference.Name], scores), [.. groups]);
    }

    private static ComparisonGroup Group(GroupKey key, List<Paper[]> matched, string labelling, string reference)
    {
        var scores = Matcher.Scores(matched);
        var moves = Matcher.Moves(scores);
        return new ComparisonGroup(key, matched.Count, [.. VariableCatalog.All.Select(v => Matcher.Agreement(v, matched))], moves.MeanDocumentationSpread, moves.Either,
            Matcher.Figures([labelling, reference], scores));
    }

    /// <summary>The labelling compared.</summary>
    public string Labelling { get; }

    /// <summary>The reference.</summary>
    public string Reference { get; }

    /// <summary>The papers found in both: the ones compared.</summary>
    public int Papers { get; }

    /// <summary>The papers found in one of the two only, never silently dropped.</summary>
    public EquatableArray<UnmatchedPaper> Unmatched { get; }

    /// <summary>Papers one labelling holds twice or more (each compared as its first copy).</summary>
    public EquatableArray<DuplicatePaper> Duplicates { get; }

    /// <summary>The nine variables' agreement, in the Index's order.</summary>
    public EquatableArray<VariableAgreement> Variables { get; }

    /// <summary>The compared papers whose D or R differs, in the labelling's order.</summary>
    public EquatableArray<ScoreChange> Changes { get; }

    /// <summary>The mean over the compared papers of |ΔD|.</summary>
    public double MeanAbsoluteDocumentationChange { get; }

    /// <summary>The compared papers whose D differs.</summary>
    public Proportion DocumentationChanged { get; }

    /// <summary>The compared papers whose R differs.</summary>
    public Proportion ReproducibilityChanged { get; }

    /// <summary>The compared papers whose D or R differs.</summary>
    public Proportion Changed { get; }

    /// <summary>The Index's figures over the compared papers, under the labelling and then the reference.</summary>
    public EquatableArray<LabellingFigures> Figures { get; }

    /// <summary>The comparison per group of the compared papers, when asked for; empty otherwise.</summary>
    public EquatableArray<ComparisonGroup> Groups { get; }
}
