namespace GillRepro.Facts;

/// <summary>Counts a group's facts as papers come and go (a copy replaced by a better one is taken back).</summary>
internal sealed class FactsAccumulator
{
    private readonly Dictionary<string, int> _devices = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _software = new(StringComparer.Ordinal);
    private int _papers, _namingDevice, _codeYes, _codeYesWithLink, _promised, _anonymized;

    public void Add(Paper paper, int sign)
    {
        var facts = PaperFacts.Of(paper);
        _papers += sign;
        if (facts.Hardware.Count > 0) _namingDevice += sign;
        foreach (var device in facts.Hardware) Bump(_devices, device.Model, sign);
        foreach (var software in facts.Software) Bump(_software, software.Name, sign);
        if (paper.Find(VariableKind.OpenSourceCode)?.Result.IsYes == true)
        {
            _codeYes += sign;
            if (facts.Code.Links.Count > 0) _codeYesWithLink += sign;
        }
        if (facts.Code.Promised) _promised += sign;
        if (facts.Code.Anonymized) _anonymized += sign;
    }

    private static void Bump(Dictionary<string, int> counts, string name, int sign)
    {
        counts.TryGetValue(name, out var n);
        if (n + sign == 0) counts.Remove(name);
        else counts[name] = n + sign;
    }

    public FactFigures ToFigures() => new(
        new Proportion(_namingDevice, _papers),
        Top(_devices),
        Top(_software),
        new Proportion(_codeYesWithLink, _codeYes),
        new Proportion(_promised, _papers),
        new Proportion(_anonymized, _papers));

    /// <summary>The most named first; a tie by name, so the list is the same in every run.</summary>
    private EquatableArray<NamedProportion> Top(Dictionary<string, int> counts) => EquatableArray.Own(
        counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(FactFigures.Top)
            .Select(c => new NamedProportion(c.Key, new Proportion(c.Value, _papers))).ToArray());
}
