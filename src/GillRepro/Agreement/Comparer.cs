namespace GillRepro;

/// <summary>Matches the papers of two or more labellings and computes their agreement (docs/agreement.md).</summary>
internal static class Comparer
{
    public static Comparison Compare(IReadOnlyList<Labelling> labellings, GroupBy by)
    {
        var names = labellings.Select(l => l.Name).ToArray();
        var keys = labellings.Select(l => l.Papers.Select(PaperKey.Of).ToArray()).ToArray();   // each folded once
        var indexes = labellings.Select((l, n) => Index(l, keys[n])).ToArray();

        // The compared papers, in the first labelling's order; every other paper is listed, in the order met.
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

        // Groups by the first labelling's paper (its venue and year, or its affiliation).
        var groups = by == GroupBy.None ? [] : GroupKey.Ordered(matched.GroupBy(papers => GroupKey.Of(papers[0], by)), g => g.Key)
            .Select(g => new ComparisonGroup(g.Key.Key, Build(names, [.. g], [], []))).ToArray();
        return Build(names, matched, unmatched, groups);
    }

    /// <summary>Every figure of the comparison of the matched papers.</summary>
    private static Comparison Build(string[] names, List<Paper[]> matched, List<UnmatchedPaper> unmatched, IReadOnlyList<ComparisonGroup> groups)
    {
        var labellings = names.Length;
        var variables = VariableCatalog.All.Select(v => Agreement(v, matched, labellings)).ToArray();

        var scores = matched.Select(papers => papers.Select(Scorer.Score).ToArray()).ToList();
        var differences = new List<PaperDifference>();
        double change = 0;
        int documentationChanged = 0, reproducibilityChanged = 0, changed = 0;
        for (var i = 0; i < matched.Count; i++)
        {
            var d = scores[i].Select(s => s.DocumentationScore).ToArray();
            var r = scores[i].Select(s => s.ReproducibilityScore).ToArray();
            var dMoves = d.Max() != d.Min();
            var rMoves = r.Max() != r.Min();
            change += d.Max() - d.Min();
            if (dMoves) documentationChanged++;
            if (rMoves) reproducibilityChanged++;
            if (dMoves || rMoves)
            {
                changed++;
                differences.Add(new PaperDifference(matched[i][0].Venue, matched[i][0].Title, d, r));
            }
        }
        double Share(int count) => matched.Count == 0 ? 0 : (double)count / matched.Count;

        var figures = new LabellingFigures[labellings];
        for (var l = 0; l < figures.Length; l++)
        {
            var group = new GroupAccumulator();
            foreach (var paperScores in scores) group.Add(paperScores[l]);
            figures[l] = new LabellingFigures(names[l], group.ToScore());
        }

        return new Comparison(names, matched.Count, unmatched, variables, differences,
            matched.Count == 0 ? 0 : change / matched.Count, Share(documentationChanged), Share(reproducibilityChanged), Share(changed), figures, groups);
    }

    /// <summary>A labelling's papers by their key; a paper met twice is an error naming both places.</summary>
    private static Dictionary<string, int> Index(Labelling labelling, string[] keys)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < keys.Length; i++)
        {
            if (!index.TryAdd(keys[i], i))
            {
                var paper = labelling.Papers[i];
                throw new ArgumentException(
                    $"The labelling '{labelling.Name}' holds the paper {paper.Venue} \"{paper.Title}\" twice: {labelling.Describe(index[keys[i]])} and {labelling.Describe(i)}.", "labellings");
            }
        }
        return index;
    }

    private static VariableAgreement Agreement(VariableDefinition variable, List<Paper[]> matched, int labellings)
    {
        // The papers every labelling gives a result for; results as the Index spells its words (Label).
        var rows = new List<string[]>(matched.Count);
        foreach (var papers in matched)
        {
            var labels = new string[labellings];
            var complete = true;
            for (var l = 0; l < labellings && complete; l++)
            {
                if (papers[l].Find(variable.Kind) is { } row) labels[l] = Label(row.Result);
                else complete = false;
            }
            if (complete) rows.Add(labels);
        }
        var n = rows.Count;
        double Share(int count) => n == 0 ? 0 : (double)count / n;

        var agreeing = new int[labellings + 1];
        foreach (var row in rows) agreeing[row.GroupBy(r => r, StringComparer.Ordinal).Max(g => g.Count())]++;
        var stable = Share(agreeing[labellings]);

        if (labellings > 2)
        {
            var pairs = 0d;
            var pairCount = 0;
            for (var a = 0; a < labellings; a++)
            {
                for (var b = a + 1; b < labellings; b++, pairCount++) pairs += Share(rows.Count(r => r[a] == r[b]));
            }
            return new VariableAgreement(variable.Name, n, pairs / pairCount, stable, Statistics.Fleiss(rows), null, null, null, null, agreeing);
        }

        var first = rows.Select(r => r[0]).ToArray();
        var second = rows.Select(r => r[1]).ToArray();
        var results = first.Concat(second).Distinct(StringComparer.Ordinal).OrderBy(Rank).ThenBy(r => r, StringComparer.Ordinal).ToArray();
        var counts = results.Select(a => (IReadOnlyList<int>)results.Select(b => rows.Count(r => r[0] == a && r[1] == b)).ToArray()).ToArray();

        const string Yes = nameof(ResultValue.Yes);
        var truePositives = rows.Count(r => r[0] == Yes && r[1] == Yes);
        var precision = Statistics.Ratio(truePositives, first.Count(r => r == Yes));
        var recall = Statistics.Ratio(truePositives, second.Count(r => r == Yes));
        double? f1 = precision is { } p && recall is { } q && p + q > 0 ? 2 * p * q / (p + q) : null;
        return new VariableAgreement(variable.Name, n, stable, stable, Statistics.Cohen(first, second), new ConfusionMatrix(results, counts), precision, recall, f1, agreeing);
    }

    /// <summary>A result as the comparison counts it: an Index word as the Index spells it (<c>yes</c> is <c>Yes</c>, as scoring reads it), any other text as written.</summary>
    private static string Label(Result result) => result.Value == ResultValue.Unrecognized ? result.Text : VariableCatalog.ResultWords[(int)result.Value - 1];

    /// <summary>The Index's words first, in their order; any other result after them.</summary>
    private static int Rank(string result) => VariableCatalog.ValueOf(result) is var value && value != ResultValue.Unrecognized ? (int)value : int.MaxValue;
}
