namespace GillRepro;

/// <summary>
/// How far two or more labellings of the same papers agree (<see cref="Scorecard.Compare"/>): per variable,
/// per paper, and in the figures a headline would quote. Papers are matched by venue, year and title;
/// every figure is over the papers found in every labelling, and the others are listed in <see cref="Unmatched"/>.
/// </summary>
public sealed record Comparison
{
    internal Comparison(IReadOnlyList<string> labellings, int papers, IReadOnlyList<UnmatchedPaper> unmatched, IReadOnlyList<VariableAgreement> variables,
        IReadOnlyList<PaperDifference> differences, double meanDocumentationChange, double documentationChanged, double reproducibilityChanged, double changed,
        IReadOnlyList<LabellingFigures> figures, IReadOnlyList<ComparisonGroup> groups)
    {
        Labellings = Sequence.Freeze(labellings, nameof(labellings));
        Papers = papers;
        Unmatched = Sequence.Freeze(unmatched, nameof(unmatched));
        Variables = Sequence.Freeze(variables, nameof(variables));
        Differences = Sequence.Freeze(differences, nameof(differences));
        MeanDocumentationChange = meanDocumentationChange;
        DocumentationChangedShare = documentationChanged;
        ReproducibilityChangedShare = reproducibilityChanged;
        ChangedShare = changed;
        Figures = Sequence.Freeze(figures, nameof(figures));
        Groups = Sequence.Freeze(groups, nameof(groups));
    }

    /// <summary>The labellings' names, in the order given.</summary>
    public IReadOnlyList<string> Labellings { get; }

    /// <summary>The papers found in every labelling: the ones compared.</summary>
    public int Papers { get; }

    /// <summary>The papers found in some labellings only, never silently dropped.</summary>
    public IReadOnlyList<UnmatchedPaper> Unmatched { get; }

    /// <summary>The nine variables' agreement, in the Index's order.</summary>
    public IReadOnlyList<VariableAgreement> Variables { get; }

    /// <summary>The compared papers whose D or R is not the same in every labelling, in the first labelling's order.</summary>
    public IReadOnlyList<PaperDifference> Differences { get; }

    /// <summary>The mean over the compared papers of how far D moves: |D₂ − D₁| for two labellings, max D − min D for more.</summary>
    public double MeanDocumentationChange { get; }

    /// <summary>The share of the compared papers whose D is not the same in every labelling, 0 to 1.</summary>
    public double DocumentationChangedShare { get; }

    /// <summary>The share of the compared papers whose R is not the same in every labelling, 0 to 1.</summary>
    public double ReproducibilityChangedShare { get; }

    /// <summary>The share of the compared papers whose D or R is not the same in every labelling, 0 to 1.</summary>
    public double ChangedShare { get; }

    /// <summary>The Index's group figures over the compared papers under each labelling, side by side: how much a headline would move.</summary>
    public IReadOnlyList<LabellingFigures> Figures { get; }

    /// <summary>The same comparison per group of the compared papers (by the first labelling's venue, year or affiliation), when asked for; empty otherwise.</summary>
    public IReadOnlyList<ComparisonGroup> Groups { get; }

    /// <inheritdoc />
    public bool Equals(Comparison? other) =>
        other is not null && Papers == other.Papers && Sequence.Equal(Labellings, other.Labellings) && Sequence.Equal(Unmatched, other.Unmatched)
        && Sequence.Equal(Variables, other.Variables) && Sequence.Equal(Differences, other.Differences)
        && MeanDocumentationChange.Equals(other.MeanDocumentationChange) && DocumentationChangedShare.Equals(other.DocumentationChangedShare)
        && ReproducibilityChangedShare.Equals(other.ReproducibilityChangedShare) && ChangedShare.Equals(other.ChangedShare)
        && Sequence.Equal(Figures, other.Figures) && Sequence.Equal(Groups, other.Groups);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Papers, Sequence.Hash(Labellings), Sequence.Hash(Variables), ChangedShare);
}

/// <summary>The comparison of one group of the compared papers.</summary>
public sealed record ComparisonGroup
{
    internal ComparisonGroup(string key, Comparison comparison)
    {
        Key = key;
        Comparison = comparison;
    }

    /// <summary>The group's key: <c>2014</c>, <c>IJCAI</c>, <c>IJCAI 2016</c>, <c>academia</c>.</summary>
    public string Key { get; }

    /// <summary>The group's comparison (its <see cref="Comparison.Unmatched"/> and <see cref="Comparison.Groups"/> are empty).</summary>
    public Comparison Comparison { get; }
}

/// <summary>A paper found in some labellings only.</summary>
public sealed record UnmatchedPaper
{
    internal UnmatchedPaper(Venue venue, string title, IReadOnlyList<string> foundIn, IReadOnlyList<string> missingFrom)
    {
        Venue = venue;
        Title = title;
        FoundIn = Sequence.Freeze(foundIn, nameof(foundIn));
        MissingFrom = Sequence.Freeze(missingFrom, nameof(missingFrom));
    }

    /// <summary>The paper's venue and year.</summary>
    public Venue Venue { get; }

    /// <summary>The paper's title, as the first labelling holding it writes it.</summary>
    public string Title { get; }

    /// <summary>The labellings that hold it.</summary>
    public IReadOnlyList<string> FoundIn { get; }

    /// <summary>The labellings that do not.</summary>
    public IReadOnlyList<string> MissingFrom { get; }

    /// <inheritdoc />
    public bool Equals(UnmatchedPaper? other) =>
        other is not null && Venue == other.Venue && Title == other.Title && Sequence.Equal(FoundIn, other.FoundIn) && Sequence.Equal(MissingFrom, other.MissingFrom);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Venue, Title, Sequence.Hash(FoundIn));
}

/// <summary>A compared paper whose scores are not the same in every labelling.</summary>
public sealed record PaperDifference
{
    internal PaperDifference(Venue venue, string title, IReadOnlyList<int> documentation, IReadOnlyList<double> reproducibility)
    {
        Venue = venue;
        Title = title;
        DocumentationScores = Sequence.Freeze(documentation, nameof(documentation));
        ReproducibilityScores = Sequence.Freeze(reproducibility, nameof(reproducibility));
    }

    /// <summary>The paper's venue and year.</summary>
    public Venue Venue { get; }

    /// <summary>The paper's title, as the first labelling writes it.</summary>
    public string Title { get; }

    /// <summary>D under each labelling, in the labellings' order.</summary>
    public IReadOnlyList<int> DocumentationScores { get; }

    /// <summary>R under each labelling, in the labellings' order.</summary>
    public IReadOnlyList<double> ReproducibilityScores { get; }

    /// <summary>How D moves: D₂ − D₁ for two labellings; max D − min D for more.</summary>
    public int DocumentationChange => DocumentationScores.Count == 2 ? DocumentationScores[1] - DocumentationScores[0] : DocumentationScores.Max() - DocumentationScores.Min();

    /// <summary>True when R is not the same in every labelling.</summary>
    public bool ReproducibilityDiffers => ReproducibilityScores.Distinct().Count() > 1;

    /// <inheritdoc />
    public bool Equals(PaperDifference? other) =>
        other is not null && Venue == other.Venue && Title == other.Title
        && Sequence.Equal(DocumentationScores, other.DocumentationScores) && Sequence.Equal(ReproducibilityScores, other.ReproducibilityScores);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Venue, Title, Sequence.Hash(DocumentationScores));
}

/// <summary>The Index's group figures over the compared papers, as one labelling gives them.</summary>
public sealed record LabellingFigures
{
    internal LabellingFigures(string labelling, GroupScore score)
    {
        Labelling = labelling;
        Score = score;
    }

    /// <summary>The labelling's name.</summary>
    public string Labelling { get; }

    /// <summary>Its figures: both shared, mean R with its interval, mean D, each variable's share of Yes.</summary>
    public GroupScore Score { get; }
}
