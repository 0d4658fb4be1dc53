namespace GillRepro.Corpus;

/// <summary>
/// Counts each paper once however many copies of it are met (the same page in two folders, a page saved
/// twice, a damaged copy beside a whole one). Papers are the same when <see cref="Paper.MatchKey"/>
/// says so. Of a paper's copies, the complete one counts before one that is not, then the one with fewer
/// errors, then the first met.
/// </summary>
public static class DistinctPapers
{
    /// <summary>
    /// Weighs each copy, as it comes, against the copy counted for its paper so far, and says what to
    /// count: a running figure adds a copy that counts and takes away the one it replaces
    /// (<see cref="CopyOutcome.Replaced"/>; <see cref="CorpusSummary.Of(IEnumerable{CopyOutcome}, Grouping, ScoringProfile?, SummaryFigures, PaperFilter?)"/>
    /// does). Lazy, and it keeps no paper: memory grows with the papers, a few hundred bytes each (their
    /// results, not their evidence), so a stream of any size can be weighed.
    /// </summary>
    /// <param name="copies">The copies, in the order they are read.</param>
    public static IEnumerable<CopyOutcome> Weigh(IEnumerable<PaperCopy> copies)
    {
        ArgumentNullException.ThrowIfNull(copies);
        return Weighed(copies);

        static IEnumerable<CopyOutcome> Weighed(IEnumerable<PaperCopy> copies)
        {
            var scales = new Scales();
            foreach (var copy in copies) yield return scales.Add(copy ?? throw new ArgumentException("The copies hold a null copy.", nameof(copies)));
        }
    }

    /// <summary>
    /// The copies that count, each paper once, in the order their papers were first met; the copies of one
    /// paper are weighed as <see cref="Weigh"/> weighs them. For a corpus in memory; a stream is better
    /// weighed through <see cref="Weigh"/>, which keeps no paper.
    /// </summary>
    /// <param name="copies">The copies, in the order they were read.</param>
    public static IReadOnlyList<PaperCopy> Of(IEnumerable<PaperCopy> copies)
    {
        var kept = new List<PaperCopy>();
        var at = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var outcome in Weigh(copies))
        {
            if (outcome.Standing == CopyStanding.First)
            {
                at[outcome.Key] = kept.Count;
                kept.Add(outcome.Copy);
            }
            else if (outcome.Standing == CopyStanding.Replaces)
            {
                kept[at[outcome.Key]] = outcome.Copy;
            }
        }
        return kept;
    }

    /// <summary>The copy counted for each paper met so far, as much of it as weighing the next copy needs.</summary>
    private sealed class Scales
    {
        private readonly Dictionary<string, Counted> _papers = new(StringComparer.Ordinal);

        public CopyOutcome Add(PaperCopy copy)
        {
            ArgumentNullException.ThrowIfNull(copy);
            var key = copy.Paper.MatchKey();
            var results = Counted.Results(copy.Paper);
            var complete = copy.Paper.IsComplete;
            if (!_papers.TryGetValue(key, out var counted))
            {
                _papers.Add(key, new Counted(copy.Place, complete, copy.Errors, results, copy.Paper));
                return new CopyOutcome(key, CopyStanding.First, copy, null, null, []);
            }

            var differences = Differences(counted.ResultsByKind, results);
            var better = (complete && !counted.Complete) || (complete == counted.Complete && copy.Errors < counted.Errors);
            if (!better) return new CopyOutcome(key, CopyStanding.NotCounted, copy, counted.Source, null, differences);

            _papers[key] = new Counted(copy.Place, complete, copy.Errors, results, copy.Paper);
            return new CopyOutcome(key, CopyStanding.Replaces, copy, counted.Source, counted.Skeleton(), differences, complete && !counted.Complete);
        }
    }

    private static EquatableArray<string> Differences(Result?[] counted, Result?[] other)
    {
        List<string>? names = null;
        for (var i = 0; i < counted.Length; i++)
        {
            if (counted[i] is not { } a || other[i] is not { } b) continue;
            if (!SameResult(a, b)) (names ??= []).Add(VariableCatalog.All[i].Name);
        }
        return names is null ? [] : [.. names];
    }

    /// <summary>Two results are the same when they mean the same (an Index word in any letter case) or are written the same.</summary>
    internal static bool SameResult(Result a, Result b) =>
        a.Value == b.Value && (a.Value != ResultValue.Unrecognized || string.Equals(a.Text, b.Text, StringComparison.OrdinalIgnoreCase));

    /// <summary>What is kept of the copy that counts: enough to weigh the next copy and to take it away from a figure.</summary>
    private sealed class Counted(string source, bool complete, int errors, Result?[] results, Paper paper)
    {
        public string Source { get; } = source;

        public bool Complete { get; } = complete;

        public int Errors { get; } = errors;

        /// <summary>Each of the nine variables' first result, in the catalogue's order; null where the copy has no row.</summary>
        public Result?[] ResultsByKind { get; } = results;

        private readonly string _title = paper.Title;
        private readonly EquatableArray<string> _authors = paper.Authors;
        private readonly Venue _venue = paper.Venue;

        /// <summary>Each variable's first result (as <see cref="Paper.Find"/> finds it), in one pass over the rows.</summary>
        public static Result?[] Results(Paper paper)
        {
            var results = new Result?[VariableCatalog.All.Count];
            var variables = paper.Variables;
            for (var i = 0; i < variables.Count; i++)
            {
                var kind = (int)variables[i].Kind - 1;
                if (kind >= 0) results[kind] ??= variables[i].Result;
            }
            return results;
        }

        /// <summary>The counted copy without its evidence: every figure of it is the copy's.</summary>
        public Paper Skeleton()
        {
            var variables = new List<Variable>(ResultsByKind.Length);
            for (var i = 0; i < ResultsByKind.Length; i++)
            {
                if (ResultsByKind[i] is { } result) variables.Add(new Variable(VariableCatalog.All[i].Name, result, Evidence.Empty));
            }
            return new Paper(null, _title, _authors, _venue, [], [.. variables]);
        }
    }
}
