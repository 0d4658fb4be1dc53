namespace GillRepro.Scoring;

/// <summary>
/// Gathers a group's compliance with a profile one paper at a time, in constant memory, over the
/// empirical papers. Not thread-safe: feed it from one thread.
/// </summary>
internal sealed class ComplianceAccumulator(ScoringProfile profile)
{
    private readonly int[] _met = new int[profile.Criteria.Count];
    private int _papers;
    private int _compliant;
    private double _points;
    private double _shares;

    public void Add(ComplianceScore score, bool empirical) => Count(score, empirical, +1);

    /// <summary>Takes away a paper added before (a copy another one replaces).</summary>
    public void Remove(ComplianceScore score, bool empirical) => Count(score, empirical, -1);

    private void Count(ComplianceScore score, bool empirical, int sign)
    {
        if (!empirical) return;
        _papers += sign;
        if (score.IsCompliant) _compliant += sign;
        _points += sign * score.Points;
        _shares += sign * score.ShareMet;
        for (var i = 0; i < _met.Length; i++)
        {
            if (score.Outcomes[i].Met) _met[i] += sign;
        }
    }

    public GroupCompliance ToCompliance()
    {
        var criteria = new VariableProportion[_met.Length];
        for (var i = 0; i < criteria.Length; i++) criteria[i] = new VariableProportion(VariableCatalog.Get(profile.Criteria[i].Kind), new Proportion(_met[i], _papers));
        return new GroupCompliance(profile.Name, new Proportion(_compliant, _papers, interval: true),
            _papers == 0 ? 0 : _points / _papers,
            _papers == 0 ? 0 : _shares / _papers,
            EquatableArray.Own(criteria));
    }
}
