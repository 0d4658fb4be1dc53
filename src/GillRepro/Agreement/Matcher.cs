namespace GillRepro.Agreement;

/// <summary>
/// Matches the papers of two or more labellings and computes what <see cref="LabellingComparison"/> and
/// <see cref="Stability"/> report of them (docs/agreement.md).
/// </summary>
internal static class Matcher
{
    /// <summary>What matching found: the papers in every labelling (one array per paper, a paper per labelling), those in some only, and those one labelling holds twice.</summary>
    public sealed record Matched(List<Paper[]> Papers, EquatableArray<UnmatchedPaper> Unmatched, EquatableArray<DuplicatePaper> Duplicates);

    public static void Check(IReadOnlyList<Labelling> labellings, string parameter)
    {
        if (labellings.Count < 2) throw new ArgumentException("A comparison needs at least two labellings.", parameter);
        if (labellings.Any(l => l is null)) throw new ArgumentException("The labellings hold a null labelling.", parameter);
        if (labellings.Select(l => l.Name).Distinct(StringComparer.Ordinal).Count() < labellings.Count)
            throw new ArgumentException("Two labellings have one name; name each differently.", parameter);
    }

    /// <summary>
    /// The papers every labelling holds, in the first labelling's order; every other paper listed, in the
    /// order met; and a paper one labelling holds twice listed with its copies (its first copy is compared).
    /// </summary>
    public static Matched Match(IReadOnlyList<Labelling> labellings)
    {
        var names = labellings.Select(l => l.Name).ToArray();
        var keys = labellings.Select(l => l.Papers.Select(p => p.MatchKey()).ToArray()).ToArray();   // each folded once
        var duplicates = new List<DuplicatePaper>();
        var indexes = labellings.Select((l, n) => Index(l, keys[n], duplicates)).ToArray();

        var matched = new List<Paper[]>();
        var unmatched = new List<UnmatchedPaper>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var l = 0; l < labellings.Count; l++)
        {
            for (var p = 0; p < keys[l].Length; p++)
            {
                var (paper, key) = (labellings[l].Papers[p], keys[l][p]);
                if (!seen.Add(key)) continue;
                var found = indexes.Select(index => index.TryGetValue(key, out var i) ? i : -1).ToArray();
                if (found.All(i => i >= 0))
                {
                    matched.Add([.. found.Select((i, n) => labellings[n].Papers[i])]);
                }
                else
                {
                    unmatched.Add(new UnmatchedPaper(paper.Venue, paper.Title,
                        [.. names.Where((_, n) => found[n] >= 0)], [.. names.Where((_, n) => found[n] < 0)]));
                }
            }
        }
        return new Matched(matched, [.. unmatched], [.. duplicates]);
    }

    /// <summary>A labelling's papers by their key, each paper's first copy; a paper met again is listed with every copy.</summary>
    private static Dictionary<string, int> Index(Labelling labelling, string[] keys, List<DuplicatePaper> duplicates)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var copies = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < keys.Length; i++)
        {
            if (index.TryAdd(keys[i], i)) continue;
            if (!copies.TryGetValue(keys[i], out var list)) copies.Add(keys[i], list = [index[keys[i]]]);
            list.Add(i);
        }
        foreach (var list in copies.Values)
        {
            var first = labelling.Papers[list[0]];
            duplicates.Add(new DuplicatePaper(labelling.Name, first.Venue, first.Title, [.. list.Select(labelling.Describe)]));
        }
        return index;
    }

    /// <summary>Each labelling's results for one variable, over the matched papers every labelling gives one for; results as the Index spells its words (<see cref="Label"/>).</summary>
    public static List<string[]> Rows(VariableDefinition variable, List<Paper[]> matched)
    {
        var rows = new List<string[]>(matched.Count);
        foreach (var papers in matched)
        {
            var labels = new string[papers.Length];
            var complete = true;
            for (var l = 0; l < papers.Length && complete; l++)
            {
                if (papers[l].Find(variable.Kind) is { } row) labels[l] = Label(row.Result);
                else complete = false;
            }
            if (complete) rows.Add(labels);
        }
        return rows;
    }

    /// <summary>Two labellings on one variable: agreement, Cohen's kappa, the confusion matrix, precision, recall and F1 of <c>Yes</c>.</summary>
    public static VariableAgreement Agreement(VariableDefinition variable, List<Paper[]> matched)
    {
        var rows = Rows(variable, matched);
        var first = rows.Select(r => r[0]).ToArray();
        var second = rows.Select(r => r[1]).ToArray();
        var results = first.Concat(second).Distinct(StringComparer.Ordinal).OrderBy(Rank).ThenBy(r => r, StringComparer.Ordinal).ToArray();
        var counts = results.Select(a => (EquatableArray<int>)[.. results.Select(b => rows.Count(r => r[0] == a && r[1] == b))]).ToArray();

        const string Yes = nameof(ResultValue.Yes);
        var truePositives = rows.Count(r => r[0] == Yes && r[1] == Yes);
        var precision = Statistics.Ratio(truePositives, first.Count(r => r == Yes));
        var recall = Statistics.Ratio(truePositives, second.Count(r => r == Yes));
        double? f1 = precision is { } p && recall is { } q && p + q > 0 ? 2 * p * q / (p + q) : null;
        var agreement = rows.Count == 0 ? 0 : (double)rows.Count(r => r[0] == r[1]) / rows.Count;
        return new VariableAgreement(variable.Name, rows.Count, agreement, Statistics.Cohen(first, second),
            new ConfusionMatrix([.. results], [.. counts]), precision, recall, f1);
    }

    /// <summary>Several labellings on one variable: the share stable in all, the mean pairwise agreement, Fleiss' kappa, and how many agree on each paper.</summary>
    public static VariableStability Stability(VariableDefinition variable, List<Paper[]> matched, int labellings)
    {
        var rows = Rows(variable, matched);
        var n = rows.Count;
        var agreeing = new int[labellings + 1];
        foreach (var row in rows) agreeing[row.GroupBy(r => r, StringComparer.Ordinal).Max(g => g.Count())]++;
        // The mean of the pairs' shares as one division of counts: exact where the share is (0.995, not 0.9950000000000001).
        long agreeingPairs = 0, pairs = 0;
        for (var a = 0; a < labellings; a++)
        {
            for (var b = a + 1; b < labellings; b++, pairs++) agreeingPairs += rows.Count(r => r[a] == r[b]);
        }
        var meanAgreement = n == 0 ? 0 : (double)agreeingPairs / (pairs * n);
        return new VariableStability(variable.Name, new Proportion(agreeing[labellings], n), meanAgreement, Statistics.Fleiss(rows), EquatableArray.Own(agreeing));
    }

    /// <summary>Each matched paper's score under each labelling.</summary>
    public static List<PaperScore[]> Scores(List<Paper[]> matched) => [.. matched.Select(papers => papers.Select(Scorer.Score).ToArray())];

    /// <summary>The Index's figures over the matched papers under each labelling.</summary>
    public static EquatableArray<LabellingFigures> Figures(IReadOnlyList<string> names, List<PaperScore[]> scores)
    {
        var figures = new LabellingFigures[names.Count];
        for (var l = 0; l < figures.Length; l++)
        {
            var group = new GroupAccumulator();
            foreach (var paperScores in scores) group.Add(paperScores[l]);
            figures[l] = new LabellingFigures(names[l], group.ToScore());
        }
        return EquatableArray.Own(figures);
    }

    /// <summary>How often D, R, or either is not the same under every labelling, and the mean spread of D (max − min; |ΔD| for two).</summary>
    public static (Proportion Documentation, Proportion Reproducibility, Proportion Either, double MeanDocumentationSpread) Moves(List<PaperScore[]> scores)
    {
        int documentation = 0, reproducibility = 0, either = 0;
        var spread = 0d;
        foreach (var paper in scores)
        {
            var d = paper.Select(s => s.DocumentationScore).ToArray();
            var r = paper.Select(s => s.ReproducibilityScore).ToArray();
            var dMoves = d.Max() != d.Min();
            var rMoves = r.Max() != r.Min();
            spread += d.Max() - d.Min();
            if (dMoves) documentation++;
            if (rMoves) reproducibility++;
            if (dMoves || rMoves) either++;
        }
        var n = scores.Count;
        return (new Proportion(documentation, n), new Proportion(reproducibility, n), new Proportion(either, n), n == 0 ? 0 : spread / n);
    }

    /// <summary>True when a paper's D or R is not the same under every labelling.</summary>
    public static bool Moves(PaperScore[] paper) =>
        paper.Any(s => s.DocumentationScore != paper[0].DocumentationScore || s.ReproducibilityScore != paper[0].ReproducibilityScore);

    /// <summary>The matched papers by group (of the first labelling's paper), in reporting order.</summary>
    public static IEnumerable<(GroupKey Key, List<Paper[]> Papers)> Grouped(List<Paper[]> matched, Grouping by) =>
        by == Grouping.None ? [] : Groups.Ordered(matched.GroupBy(papers => Groups.Of(papers[0], by)), g => g.Key).Select(g => (g.Key, g.ToList()));

    /// <summary>A result as the comparison counts it: an Index word as the Index spells it (<c>yes</c> is <c>Yes</c>, as scoring reads it), any other text as written.</summary>
    private static string Label(Result result) => result.Value == ResultValue.Unrecognized ? result.Text : VariableCatalog.ResultWords[(int)result.Value - 1];

    /// <summary>The Index's words first, in their order; any other result after them.</summary>
    private static int Rank(string result) => VariableCatalog.ValueOf(result) is var value && value != ResultValue.Unrecognized ? (int)value : int.MaxValue;
}
