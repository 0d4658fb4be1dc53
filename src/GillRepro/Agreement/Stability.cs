namespace GillRepro.Agreement;

/// <summary>
/// How stable several labellings of the same papers are (three runs of one LLM pipeline, say): per variable,
/// the share of papers every labelling gives the same result, the mean agreement of each pair and Fleiss'
/// kappa; per paper, how far its scores spread; and the figures under each. Papers are matched by
/// <see cref="Paper.MatchKey"/>; every figure is over the papers found in every labelling.
/// </summary>
public sealed record Stability
{
    private Stability(EquatableArray<string> labellings, int papers, EquatableArray<UnmatchedPaper> unmatched, EquatableArray<DuplicatePaper> duplicates,
        EquatableArray<VariableStability> variables, EquatableArray<ScoreSpread> spreads, (Proportion Documentation, Proportion Reproducibility, Proportion Either, double MeanSpread) moves,
        EquatableArray<LabellingFigures> figures, EquatableArray<StabilityGroup> groups)
    {
        Labellings = labellings;
        Papers = papers;
        Unmatched = unmatched;
        Duplicates = duplicates;
        Variables = variables;
        Spreads = spreads;
        MeanDocumentationSpread = moves.MeanSpread;
        DocumentationChanged = moves.Documentation;
        ReproducibilityChanged = moves.Reproducibility;
        Changed = moves.Either;
        Figures = figures;
        Groups = groups;
    }

    /// <summary>How stable the labellings are on the papers every one of them holds.</summary>
    /// <param name="labellings">Two or more labellings (three or more runs, usually; for a labelling against a reference, see <see cref="LabellingComparison"/>).</param>
    /// <param name="by">Also per group of the compared papers (by the first labelling's venue, year or affiliation); none by default.</param>
    /// <exception cref="ArgumentException">Fewer than two labellings, or two with one name.</exception>
    public static Stability Of(EquatableArray<Labelling> labellings, Grouping by = Grouping.None)
    {
        Matcher.Check(labellings, nameof(labellings));
        if (!Enum.IsDefined(by)) throw new ArgumentOutOfRangeException(nameof(by), by, "Not a way to group papers.");
        var names = labellings.Select(l => l.Name).ToArray();
        var (matched, unmatched, duplicates) = Matcher.Match(labellings);
        var scores = Matcher.Scores(matched);
        var spreads = matched.Zip(scores).Where(x => Matcher.Moves(x.Second)).Select(x => new ScoreSpread(x.First[0].Venue, x.First[0].Title,
            [.. x.Second.Select(s => s.DocumentationScore)], [.. x.Second.Select(s => s.ReproducibilityScore)]));
        var groups = Matcher.Grouped(matched, by).Select(g =>
        {
            var groupScores = Matcher.Scores(g.Papers);
            var moves = Matcher.Moves(groupScores);
            return new StabilityGroup(g.Key, g.Papers.Count, [.. VariableCatalog.All.Select(v => Matcher.Stability(v, g.Papers, names.Length))], moves.MeanDocumentationSpread, moves.Either,
                Matcher.Figures(names, groupScores));
        });
        return new Stability([.. names], matched.Count, unmatched, duplicates, [.. VariableCatalog.All.Select(v => Matcher.Stability(v, matched, names.Length))], [.. spreads],
            Matcher.Moves(scores), Matcher.Figures(names, scores), [.. groups]);
    }

    /// <summary>The labellings' names, in the order given.</summary>
    public EquatableArray<string> Labellings { get; }

    /// <summary>The papers found in every labelling: the ones compared.</summary>
    public int Papers { get; }

    /// <summary>The papers found in some labellings only, never silently dropped.</summary>
    public EquatableArray<UnmatchedPaper> Unmatched { get; }

    /// <summary>Papers one labelling holds twice or more (each compared as its first copy).</summary>
    public EquatableArray<DuplicatePaper> Duplicates { get; }

    /// <summary>The nine variables' stability, in the Index's order.</summary>
    public EquatableArray<VariableStability> Variables { get; }

    /// <summary>The compared papers whose D or R is not the same in every labelling, in the first labelling's order.</summary>
    public EquatableArray<ScoreSpread> Spreads { get; }

    /// <summary>The mean over the compared papers of how far D spreads (max − min).</summary>
    public double MeanDocumentationSpread { get; }

    /// <summary>The compared papers whose D is not the same in every labelling.</summary>
    public Proportion DocumentationChanged { get; }

    /// <summary>The compared papers whose R is not the same in every labelling.</summary>
    public Proportion ReproducibilityChanged { get; }

    /// <summary>The compared papers whose D or R is not the same in every labelling.</summary>
    public Proportion Changed { get; }

    /// <summary>The Index's figures over the compared papers under each labelling.</summary>
    public EquatableArray<LabellingFigures> Figures { get; }

    /// <summary>The stability per group of the compared papers, when asked for; empty otherwise.</summary>
    public EquatableArray<StabilityGroup> Groups { get; }
}
