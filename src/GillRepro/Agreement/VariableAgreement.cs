namespace GillRepro;

/// <summary>
/// How far the labellings agree on one variable, over the compared papers that every labelling gives a
/// result for. Results are compared as scoring reads them: the Index's words in any letter case, any other text as written.
/// </summary>
public sealed record VariableAgreement
{
    internal VariableAgreement(string variable, int papers, double agreement, double stable, double? kappa, ConfusionMatrix? confusion,
        double? precision, double? recall, double? f1, IReadOnlyList<int> agreeing)
    {
        Variable = variable;
        Papers = papers;
        Agreement = agreement;
        Stable = stable;
        Kappa = kappa;
        Confusion = confusion;
        Precision = precision;
        Recall = recall;
        F1 = f1;
        Agreeing = Sequence.Freeze(agreeing, nameof(agreeing));
    }

    /// <summary>The variable, named as the Index writes it.</summary>
    public string Variable { get; }

    /// <summary>The papers compared: those every labelling gives a result for.</summary>
    public int Papers { get; }

    /// <summary>The share of papers with the same result, 0 to 1: for more than two labellings, the mean over every pair of them.</summary>
    public double Agreement { get; }

    /// <summary>The share of papers with the same result in every labelling, 0 to 1 (for two, <see cref="Agreement"/>).</summary>
    public double Stable { get; }

    /// <summary>Cohen's kappa for two labellings, Fleiss' for more; null where it is undefined (every label the same result).</summary>
    public double? Kappa { get; }

    /// <summary>For two labellings: the counts of each pair of results, rows the first labelling, columns the second; null for more.</summary>
    public ConfusionMatrix? Confusion { get; }

    /// <summary>For two labellings, the second taken as the reference: of the papers the first says <c>Yes</c>, the share the second does too; null when the first says it of none.</summary>
    public double? Precision { get; }

    /// <summary>For two labellings: of the papers the second says <c>Yes</c>, the share the first does too; null when the second says it of none.</summary>
    public double? Recall { get; }

    /// <summary>For two labellings: the harmonic mean of <see cref="Precision"/> and <see cref="Recall"/>; null when either is null or both are 0.</summary>
    public double? F1 { get; }

    /// <summary>
    /// How many papers have each number of agreeing labellings: index k holds the papers whose largest group
    /// of labellings with the same result has k members (index 0 unused; the last index is "all agree").
    /// </summary>
    public IReadOnlyList<int> Agreeing { get; }

    /// <inheritdoc />
    public bool Equals(VariableAgreement? other) =>
        other is not null && Variable == other.Variable && Papers == other.Papers && Agreement.Equals(other.Agreement) && Stable.Equals(other.Stable)
        && Nullable.Equals(Kappa, other.Kappa) && Equals(Confusion, other.Confusion) && Nullable.Equals(Precision, other.Precision)
        && Nullable.Equals(Recall, other.Recall) && Nullable.Equals(F1, other.F1) && Sequence.Equal(Agreeing, other.Agreeing);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Variable, Papers, Agreement, Kappa, Stable);
}

/// <summary>The counts of each pair of results two labellings give the same papers.</summary>
public sealed record ConfusionMatrix
{
    internal ConfusionMatrix(IReadOnlyList<string> results, IReadOnlyList<IReadOnlyList<int>> counts)
    {
        Results = Sequence.Freeze(results, nameof(results));
        Counts = Sequence.Freeze([.. counts.Select(row => Sequence.Freeze(row, nameof(counts)))], nameof(counts));
    }

    /// <summary>The results found in either labelling: the Index's words in its order, then any other, in ordinal order.</summary>
    public IReadOnlyList<string> Results { get; }

    /// <summary><c>Counts[i][j]</c>: the papers the first labelling gives <c>Results[i]</c> and the second <c>Results[j]</c>.</summary>
    public IReadOnlyList<IReadOnlyList<int>> Counts { get; }

    /// <inheritdoc />
    public bool Equals(ConfusionMatrix? other) =>
        other is not null && Sequence.Equal(Results, other.Results) && Counts.Count == other.Counts.Count
        && Counts.Zip(other.Counts).All(rows => Sequence.Equal(rows.First, rows.Second));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Sequence.Hash(Results), Counts.Sum(r => r.Sum()));
}
