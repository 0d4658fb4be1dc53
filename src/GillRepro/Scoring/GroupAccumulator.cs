namespace GillRepro.Scoring;

/// <summary>
/// Gathers a group's figures one paper at a time, in constant memory: counts only, so a corpus of any
/// size streams through it. Not thread-safe: feed it from one thread.
/// </summary>
internal sealed class GroupAccumulator
{
    private static readonly IReadOnlyList<VariableDefinition> Variables = VariableCatalog.Documentation;
    private readonly int[] _scoreCounts = new int[Variables.Count + 1];
    private readonly int[] _yes = new int[Variables.Count];

    public int Papers { get; private set; }

    public int Incomplete { get; private set; }

    public int Empirical { get; private set; }

    public int BothCodeAndData { get; private set; }

    public int DataOnly { get; private set; }

    public void Add(PaperScore score) => Count(score, +1);

    /// <summary>Takes away a paper added before (a copy another one replaces): counts only, so taking away is exact.</summary>
    public void Remove(PaperScore score) => Count(score, -1);

    private void Count(PaperScore score, int sign)
    {
        Papers += sign;
        if (!score.IsComplete) Incomplete += sign;
        if (!score.IsEmpirical) return;
        Empirical += sign;
        _scoreCounts[score.DocumentationScore] += sign;
        if (score.SharesData && score.SharesCode) BothCodeAndData += sign;
        else if (score.SharesData) DataOnly += sign;
        for (var i = 0; i < _yes.Length; i++)
        {
            if (score.Breakdown[i].Met) _yes[i] += sign;
        }
    }

    public GroupScore ToScore()
    {
        var n = Empirical;
        double Share(int count) => n == 0 ? 0 : (double)count / n;

        long total = 0;
        for (var d = 0; d < _scoreCounts.Length; d++) total += (long)d * _scoreCounts[d];

        var both = Share(BothCodeAndData);
        var dataOnly = Share(DataOnly);
        var variables = new VariableProportion[_yes.Length];
        for (var i = 0; i < _yes.Length; i++)
        {
            variables[i] = new VariableProportion(Variables[i], new Proportion(_yes[i], n));
        }

        return new GroupScore(
            Papers,
            Incomplete,
            n,
            n == 0 ? 0 : (double)total / n,
            Median(),
            EquatableArray.Own((int[])_scoreCounts.Clone()),
            both * ReproducibilityRates.CodeAndData + dataOnly * ReproducibilityRates.DataOnly,
            both * ReproducibilityRates.CodeAndDataInterval.Low + dataOnly * ReproducibilityRates.DataOnlyInterval.Low,
            both * ReproducibilityRates.CodeAndDataInterval.High + dataOnly * ReproducibilityRates.DataOnlyInterval.High,
            new Proportion(BothCodeAndData, n),
            new Proportion(DataOnly, n),
            EquatableArray.Own(variables));
    }

    /// <summary>The median score from the counts: the middle one, or the mean of the two middle ones.</summary>
    private double Median()
    {
        if (Empirical == 0) return 0;
        return (ScoreAtRank((Empirical - 1) / 2) + ScoreAtRank(Empirical / 2)) / 2.0;
    }

    private int ScoreAtRank(int rank)
    {
        var seen = 0;
        for (var d = 0; d < _scoreCounts.Length; d++)
        {
            seen += _scoreCounts[d];
            if (rank < seen) return d;
        }
        throw new InvalidOperationException("Rank beyond the counted papers.");
    }
}
