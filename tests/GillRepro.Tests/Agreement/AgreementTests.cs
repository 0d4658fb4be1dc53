using GillRepro.Tests.Support;
using Shouldly;
using Xunit;

namespace GillRepro.Tests.Agreement;

/// <summary>
/// Comparing labellings against figures known beforehand: the agreement sets' README (computed
/// independently of GillRepro), textbook worked examples, and the rules for papers that do not match.
/// </summary>
public sealed class AgreementTests
{
    /// <summary>The agreement sets: the sample carried beside the tests (always), and ../shared/agreement where it is.</summary>
    public static TheoryData<string> Sets => ["sample", "shared"];

    internal static Labelling Load(string set, string labelling)
    {
        if (set == "sample")
        {
            var file = Path.Combine(Repository.Root, "tests", "GillRepro.Tests", "Agreement", "Sample", labelling.Replace('/', '-') + ".md");
            var papers = Scorecard.ParseMany(File.ReadAllText(file)).Select(r => r.IsValid ? r.Paper! : throw new InvalidOperationException(r.FirstError!.ToString())).ToList();
            return new Labelling(labelling, [.. papers]);
        }
        var folder = Path.Combine(Repository.Root, "..", "shared", "agreement", labelling);
        Skip.IfNot(Directory.Exists(folder), $"{Path.GetFullPath(folder)} is absent");
        var files = Directory.GetFiles(folder, "*.md").Order(StringComparer.Ordinal).ToList();
        return new Labelling(labelling, [.. files.Select(f => Scorecard.Parse(File.ReadAllText(f)))], [.. files]);
    }

    // The README of ../shared/agreement: per variable, papers, agreement and Cohen's kappa to four decimals.
    private static readonly (string Variable, double Agreement, double Kappa)[] Run1AgainstHuman =
    [
        ("Research Type", 0.9625, 0.8667), ("Researcher Affiliation", 0.9750, 0.9131), ("Pseudocode", 0.9125, 0.8240),
        ("Open Source Code", 0.9750, 0.8252), ("Open Datasets", 0.8050, 0.6207), ("Dataset Splits", 0.9150, 0.7987),
        ("Hardware Specification", 0.9375, 0.8283), ("Software Dependencies", 0.9525, 0.7501), ("Experiment Setup", 0.7300, 0.4329),
    ];

    private static readonly (string Variable, double Agreement, double Kappa)[] IndexAgainstHuman =
    [
        ("Research Type", 1.0000, 1.0000), ("Researcher Affiliation", 0.9187, 0.8399), ("Pseudocode", 0.9437, 0.8873),
        ("Open Source Code", 0.9313, 0.8626), ("Open Datasets", 0.9437, 0.8463), ("Dataset Splits", 0.8750, 0.7205),
        ("Hardware Specification", 0.9750, 0.9451), ("Software Dependencies", 0.9625, 0.7920), ("Experiment Setup", 0.8000, 0.5196),
    ];

    private static readonly (string Variable, double Stable)[] RunsStable =
    [
        ("Research Type", 0.9925), ("Researcher Affiliation", 0.9750), ("Pseudocode", 0.9750), ("Open Source Code", 0.9750),
        ("Open Datasets", 0.9075), ("Dataset Splits", 0.8850), ("Hardware Specification", 0.9850), ("Software Dependencies", 0.9650),
        ("Experiment Setup", 0.8100),
    ];

    [SkippableTheory]
    [MemberData(nameof(Sets))]
    public void Run_1_against_people_gives_the_README_agreement_and_kappa_for_every_variable(string set)
    {
        var comparison = LabellingComparison.Of(Load(set, "gk2018/run-1"), Load(set, "gk2018/human"));

        comparison.Papers.ShouldBe(400);
        comparison.Unmatched.ShouldBeEmpty();
        ShouldMatch(comparison, Run1AgainstHuman, 400);
    }

    [SkippableTheory]
    [MemberData(nameof(Sets))]
    public void The_Index_against_people_gives_the_README_agreement_and_kappa_for_every_variable(string set)
    {
        var comparison = LabellingComparison.Of(Load(set, "sample160/index"), Load(set, "sample160/human"));

        comparison.Papers.ShouldBe(160);
        ShouldMatch(comparison, IndexAgainstHuman, 160);
    }

    [SkippableTheory]
    [MemberData(nameof(Sets))]
    public void Three_runs_give_the_README_stability_for_every_variable(string set)
    {
        var stability = Stability.Of([Load(set, "gk2018/run-1"), Load(set, "gk2018/run-2"), Load(set, "gk2018/run-3")]);

        stability.Variables.Select(v => v.Variable).ShouldBe(RunsStable.Select(r => r.Variable));
        foreach (var (variable, (name, stable)) in stability.Variables.Zip(RunsStable)) variable.Stable.Share.ShouldBe(stable, FourDecimals, name);
        foreach (var variable in stability.Variables)
        {
            variable.Stable.Total.ShouldBe(400);
            variable.Agreeing.Count.ShouldBe(4);
            variable.Agreeing.Sum().ShouldBe(400);
            variable.Agreeing[3].ShouldBe(variable.Stable.Count);
            variable.MeanAgreement.ShouldBeGreaterThanOrEqualTo(variable.Stable.Share);
            variable.Kappa.ShouldNotBeNull();
        }
        // "A fifth of the papers change their Experiment Setup result between runs."
        (1 - stability.Variables.Single(v => v.Variable == "Experiment Setup").Stable.Share).ShouldBe(0.19, 0.005);
    }

    private const double FourDecimals = 0.00005 + 1e-12;

    private static void ShouldMatch(LabellingComparison comparison, (string Variable, double Agreement, double Kappa)[] expected, int papers)
    {
        comparison.Variables.Select(v => v.Variable).ShouldBe(expected.Select(e => e.Variable));
        foreach (var (variable, (name, agreement, kappa)) in comparison.Variables.Zip(expected))
        {
            variable.Papers.ShouldBe(papers, name);
            // To four decimals as the README prints them: within half a unit of the fourth (a share such as
            // 147/160 = 0.91875 sits on the rounding edge, where its binary double decides the printed digit).
            variable.Agreement.ShouldBe(agreement, FourDecimals, name);
            variable.Kappa!.Value.ShouldBe(kappa, FourDecimals, name);
            // The confusion matrix holds every paper, and its diagonal is the agreement.
            var confusion = variable.Confusion;
            confusion.Counts.Sum(r => r.Sum()).ShouldBe(papers, name);
            Enumerable.Range(0, confusion.Results.Count).Sum(i => confusion.Counts[i][i]).ShouldBe((int)Math.Round(variable.Agreement * papers), name);
        }
    }

    [Fact]
    public void Cohen_kappa_on_the_textbook_example_is_0_4()
    {
        // Wikipedia, "Cohen's kappa", Simple example: 50 grant proposals read by two readers A and B; both
        // say Yes to 20, both No to 15, A Yes and B No to 5, A No and B Yes to 10: p_o = 0.7, p_e = 0.5, kappa = 0.4.
        var a = Enumerable.Repeat("Yes", 20).Concat(Enumerable.Repeat("No", 15)).Concat(Enumerable.Repeat("Yes", 5)).Concat(Enumerable.Repeat("No", 10)).ToArray();
        var b = Enumerable.Repeat("Yes", 20).Concat(Enumerable.Repeat("No", 15)).Concat(Enumerable.Repeat("No", 5)).Concat(Enumerable.Repeat("Yes", 10)).ToArray();

        Statistics.Cohen(a, b)!.Value.ShouldBe(0.4, 1e-12);

        // The same through the comparison, as two labellings of fifty papers.
        var comparison = LabellingComparison.Of(Labelled("A", a), Labelled("B", b));
        var code = comparison.Variables.Single(v => v.Variable == "Open Source Code");
        code.Kappa!.Value.ShouldBe(0.4, 1e-12);
        code.Agreement.ShouldBe(0.7);
        code.Confusion.Results.ShouldBe(["Yes", "No"]);
        code.Confusion.Counts.Select(r => r.ToArray()).ShouldBe([[20, 5], [10, 15]]);
        // B as the reference: of A's 25 Yes, 20 are B's Yes; of B's 30 Yes, A has 20.
        code.Precision!.Value.ShouldBe(0.8);
        code.Recall!.Value.ShouldBe(20d / 30, 1e-12);
        code.F1!.Value.ShouldBe(2 * 0.8 * (20d / 30) / (0.8 + 20d / 30), 1e-12);
    }

    [Fact]
    public void Fleiss_kappa_on_the_textbook_example_is_0_210()
    {
        // Fleiss (1971), the worked example as Wikipedia's "Fleiss' kappa" gives it: 14 raters put 10
        // subjects into 5 categories; P-bar = 0.378, P-bar_e = 0.213, kappa = 0.210.
        int[][] counts =
        [
            [0, 0, 0, 0, 14], [0, 2, 6, 4, 2], [0, 0, 3, 5, 6], [0, 3, 9, 2, 0], [2, 2, 8, 1, 1],
            [7, 7, 0, 0, 0], [3, 2, 6, 3, 0], [2, 5, 3, 2, 2], [6, 5, 2, 1, 0], [0, 2, 2, 3, 7],
        ];
        var rows = counts.Select(row => row.SelectMany((n, category) => Enumerable.Repeat($"c{category + 1}", n)).ToArray()).ToList();

        Math.Round(Statistics.Fleiss(rows)!.Value, 3).ShouldBe(0.210);
    }

    [Fact]
    public void Kappa_is_undefined_when_every_label_is_the_same_result_and_reported_as_null()
    {
        var yes = Enumerable.Repeat("Yes", 10).ToArray();

        var comparison = LabellingComparison.Of(Labelled("A", yes), Labelled("B", yes));

        var code = comparison.Variables.Single(v => v.Variable == "Open Source Code");
        code.Agreement.ShouldBe(1);
        code.Kappa.ShouldBeNull();
        Statistics.Fleiss([.. Enumerable.Repeat(new[] { "No", "No", "No" }, 5)]).ShouldBeNull();
    }

    [Fact]
    public void Results_are_compared_as_scoring_reads_them_so_yes_agrees_with_Yes_and_NA_stays_as_written()
    {
        var comparison = LabellingComparison.Of(Labelled("A", ["Yes", "No", "N/A", "n/a"]), Labelled("B", ["yes", "NO", "N/A", "N/A"]));

        var code = comparison.Variables.Single(v => v.Variable == "Open Source Code");
        code.Agreement.ShouldBe(0.75);
        code.Confusion.Results.ShouldBe(["Yes", "No", "N/A", "n/a"]);
    }

    [Fact]
    public void Papers_found_in_some_labellings_only_are_listed_and_titles_match_across_case_spacing_and_compatibility_forms()
    {
        var seed = Scorecard.Parse(Repository.SeedText);
        var other = seed with { Title = "Another paper" };
        var third = seed with { Title = "A third paper" };
        // The same title in capitals, with two spaces and the "fi" ligature.
        var shouted = seed with { Title = "GENERATING  IMAGES WITH MULTIMODAL LANGUAGE MODELS".Replace("FI", "\uFB01", StringComparison.Ordinal) };

        var comparison = LabellingComparison.Of(new Labelling("a", [seed, other]), new Labelling("b", [shouted, third]));

        comparison.Papers.ShouldBe(1);
        comparison.Unmatched.Select(u => (u.Title, string.Join(",", u.FoundIn), string.Join(",", u.MissingFrom)))
            .ShouldBe([("Another paper", "a", "b"), ("A third paper", "b", "a")]);
        seed.MatchKey().ShouldBe(shouted.MatchKey());
    }

    [Fact]
    public void A_paper_twice_in_one_labelling_is_reported_as_data_naming_both_copies_and_compared_as_its_first()
    {
        var seed = Scorecard.Parse(Repository.SeedText);
        var noCode = seed with { Title = seed.Title.ToUpperInvariant(), Variables = [.. seed.Variables.Select(v => v.Name == "Open Source Code" ? v with { Result = new Result("No") } : v)] };

        var comparison = LabellingComparison.Of(new Labelling("a", [seed, noCode], ["x.md", "y.md"]), new Labelling("b", [seed]));

        var duplicate = comparison.Duplicates.ShouldHaveSingleItem();
        (duplicate.Labelling, duplicate.Venue.ToString(), duplicate.Title).ShouldBe(("a", "NeurIPS 2023", seed.Title));
        duplicate.Sources.ShouldBe(["x.md", "y.md"]);
        comparison.Papers.ShouldBe(1);
        comparison.Changes.ShouldBeEmpty();
        Stability.Of([new Labelling("a", [seed, noCode]), new Labelling("b", [seed]), new Labelling("c", [seed])]).Duplicates.Single().Sources.ShouldBe(["paper 1", "paper 2"]);
    }

    [Fact]
    public void Labellings_with_one_name_or_fewer_than_two_are_refused()
    {
        var seed = Scorecard.Parse(Repository.SeedText);

        Should.Throw<ArgumentException>(() => Stability.Of([new Labelling("a", [seed])]));
        Should.Throw<ArgumentException>(() => LabellingComparison.Of(new Labelling("a", [seed]), new Labelling("a", [seed])));
        Should.Throw<ArgumentException>(() => Stability.Of([new Labelling("a", [seed]), new Labelling("b", [seed]), new Labelling("a", [seed])]));
    }

    [Fact]
    public void Per_paper_differences_and_the_headline_figures_under_each_labelling()
    {
        var seed = Scorecard.Parse(Repository.SeedText);
        var noCode = seed with { Variables = [.. seed.Variables.Select(v => v.Name == "Open Source Code" ? v with { Result = new Result("No") } : v)] };

        var comparison = LabellingComparison.Of(new Labelling("a", [seed]), new Labelling("b", [noCode]));

        var change = comparison.Changes.Single();
        (change.DocumentationScore, change.ReferenceDocumentationScore, change.DocumentationChange).ShouldBe((5, 4, -1));
        (change.ReproducibilityScore, change.ReferenceReproducibilityScore).ShouldBe((0.86, 0.33));
        comparison.MeanAbsoluteDocumentationChange.ShouldBe(1d);
        (comparison.DocumentationChanged.Share, comparison.ReproducibilityChanged.Share, comparison.Changed.Share).ShouldBe((1d, 1d, 1d));
        comparison.Figures.Select(f => (f.Labelling, f.Score.BothCodeAndData.Count, f.Score.MeanDocumentationScore)).ShouldBe([("a", 1, 5d), ("b", 0, 4d)]);

        // Three labellings: the spread, largest D less smallest, is never signed.
        var spread = Stability.Of([new Labelling("a", [seed]), new Labelling("b", [noCode]), new Labelling("c", [seed])]).Spreads.Single();
        spread.DocumentationScores.ShouldBe([5, 4, 5]);
        spread.DocumentationSpread.ShouldBe(1);
        spread.ReproducibilityScores.ShouldBe([0.86, 0.33, 0.86]);
    }

    /// <summary>Fifty-odd papers that differ only in their Open Source Code result.</summary>
    private static Labelling Labelled(string name, string[] code)
    {
        var seed = Scorecard.Parse(Repository.SeedText);
        return new Labelling(name, [.. code.Select((result, i) => seed with
        {
            Title = $"Paper {i}",
            Variables = [.. seed.Variables.Select(v => v.Name == "Open Source Code" ? v with { Result = new Result(result) } : v)],
        })]);
    }
}

/// <summary>Comparisons are values: the same labellings compared twice give equal results.</summary>
public sealed class ComparisonValueTests
{
    [Fact]
    public void Comparing_the_same_labellings_twice_gives_equal_comparisons()
    {
        Labelling Load(string name) => AgreementTests.Load("sample", name);
        var labellings = new[] { Load("gk2018/run-1"), Load("gk2018/human") };

        var first = LabellingComparison.Of(labellings[0], labellings[1], Grouping.Year);
        var second = LabellingComparison.Of(labellings[0], labellings[1], Grouping.Year);

        first.ShouldBe(second);
        first.GetHashCode().ShouldBe(second.GetHashCode());
        first.ShouldNotBe(LabellingComparison.Of(labellings[1], labellings[0]));
        Stability.Of([.. labellings, Load("gk2018/run-2")], Grouping.Year).ShouldBe(Stability.Of([.. labellings, Load("gk2018/run-2")], Grouping.Year));
    }
}
