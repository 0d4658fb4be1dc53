using GillRepro.Audit;

namespace GillRepro.Tests.Facts;

/// <summary>
/// How well the audit points at labels people would change, on the agreement sets (../shared/agreement):
/// over the (paper, variable) pairs of the seven documentation variables of an LLM labelling, the share
/// that people labelled differently among the flagged pairs, against that share over all pairs (lift),
/// and the share of all differences that are flagged (recall). docs/audit.md quotes it.
/// </summary>
public static class AuditMeasurement
{
    public sealed record Figures(string Labelling, string? Variable, int Pairs, int Differ, int Flagged, int FlaggedDiffer)
    {
        public double BaseRate => Pairs == 0 ? 0 : (double)Differ / Pairs;
        public double Precision => Flagged == 0 ? 0 : (double)FlaggedDiffer / Flagged;
        public double Lift => BaseRate == 0 ? 0 : Precision / BaseRate;
        public double Recall => Differ == 0 ? 0 : (double)FlaggedDiffer / Differ;
        public override string ToString() =>
            $"{Labelling,-16} {Variable ?? "all seven",-24} pairs {Pairs,5}  differ {Differ,4} ({BaseRate:0.000})  flagged {Flagged,4}  of them differ {FlaggedDiffer,4} ({Precision:0.000})  lift {Lift:0.00}  recall {Recall:0.000}";
    }

    /// <summary>Per variable and over all seven, for one LLM labelling against the people's.</summary>
    public static IReadOnlyList<Figures> Measure(string name, string llmFolder, string humanFolder, Dictionary<string, (int Flagged, int Differ)>? perRule = null)
    {
        var pairs = new List<(string Variable, bool Differ, IReadOnlyList<string> Rules)>();
        foreach (var file in Directory.EnumerateFiles(llmFolder, "*.md").Order(StringComparer.Ordinal))
        {
            var human = Path.Combine(humanFolder, Path.GetFileName(file));
            if (!File.Exists(human)) continue;
            var llm = Scorecard.ParseLenient(File.ReadAllText(file)).Paper;
            var people = Scorecard.ParseLenient(File.ReadAllText(human)).Paper;
            if (llm is null || people is null) continue;
            var findings = EvidenceAudit.Check(llm);
            foreach (var definition in VariableCatalog.Documentation)
            {
                if (llm.Find(definition.Kind) is not { } ours || people.Find(definition.Kind) is not { } theirs) continue;
                var differ = ours.Result.Value != theirs.Result.Value;
                var rules = findings.Where(f => f.Variable == ours.Name).Select(f => f.Rule).ToList();
                pairs.Add((definition.Name, differ, rules));
                if (perRule is null) continue;
                foreach (var rule in rules.Distinct())
                {
                    perRule.TryGetValue(rule, out var t);
                    perRule[rule] = (t.Flagged + 1, t.Differ + (differ ? 1 : 0));
                }
            }
        }
        Figures Of(string? variable, IEnumerable<(string Variable, bool Differ, IReadOnlyList<string> Rules)> some)
        {
            var list = some.ToList();
            return new Figures(name, variable, list.Count, list.Count(p => p.Differ), list.Count(p => p.Rules.Count > 0), list.Count(p => p.Differ && p.Rules.Count > 0));
        }
        return [Of(null, pairs), .. VariableCatalog.Documentation.Select(d => Of(d.Name, pairs.Where(p => p.Variable == d.Name)))];
    }

    /// <summary>Every LLM labelling of the agreement sets with the people's labelling it is measured against.</summary>
    public static IEnumerable<(string Name, string Llm, string Human)> Labellings(string agreement) =>
    [
        .. Directory.EnumerateDirectories(Path.Combine(agreement, "gk2018"), "run-*").Order(StringComparer.Ordinal)
            .Select(d => ("gk2018/" + Path.GetFileName(d), d, Path.Combine(agreement, "gk2018", "human"))),
        ("sample160/index", Path.Combine(agreement, "sample160", "index"), Path.Combine(agreement, "sample160", "human")),
    ];
}
