using System.Globalization;
using System.Text;

namespace GillRepro.Benchmarks.Generation;

/// <summary>
/// Synthetic scorecards shaped like the Index's: five venues over 2014–2024 in the proportions of the
/// 56,800 real papers, sharing that rises over the years, evidence whose lengths give a median page of
/// about 3 KB with a few pages above 40 KB, unescaped pipes in about 5% of papers, and accents, Greek,
/// mathematical symbols, CJK and characters outside the Basic Multilingual Plane. The same seed gives
/// the same files.
/// </summary>
internal sealed class SyntheticCorpus(int seed)
{
    private const string Notice = "Notice: The reproducibility variables underlying each score are classified using an automated LLM-based pipeline, validated against a manually labeled dataset. LLM-based classification introduces uncertainty and potential bias; scores should be interpreted as estimates. Full accuracy metrics and methodology are described in [1].";

    private static readonly (string Venue, int Weight)[] Venues = [("AAAI", 26), ("IJCAI", 15), ("ICML", 18), ("ICLR", 12), ("NeurIPS", 29)];

    /// <summary>Relative number of papers per year, 2014 to 2024, as the Index's empirical counts grow.</summary>
    private static readonly int[] YearWeights = [1085, 1626, 2007, 2409, 3328, 4296, 5448, 6091, 6471, 8217, 11350];

    private static readonly string[] Words =
    [
        "we", "train", "the", "model", "with", "a", "batch", "size", "of", "for", "iterations", "on", "GPUs", "dataset", "split",
        "validation", "test", "learning", "rate", "optimizer", "Adam", "results", "experiments", "code", "available", "at",
        "https://github.com/example/repo", "PyTorch", "1.13", "CUDA", "11.7", "A100", "hyperparameters", "Table", "Section",
        "(β1 = 0.9, β2 = 0.999)", "θ", "≥", "≤", "∑", "Müller", "Gödel", "naïve", "café", "数据集", "学习", "𝑥", "𝔼", "😀", "ﬁne-tuning",
        "[12]", "[3, 7]", "e.g.,", "i.e.,", "CIFAR-10", "ImageNet", "MNIST", "BERT", "GPT-2", "λ = 0.01", "k = 4",
    ];

    private static readonly string[] PipeQuirks = ["m = 1|θ| is a mask", "|A| = 25 arguments", "the norm |x|", "| |V| | nodes"];

    private static readonly string[] Surnames = ["Koh", "Fried", "Salakhutdinov", "Chen", "Wang", "Müller", "García", "Nguyen", "Smith", "Kowalski", "Sato", "Okafor"];
    private static readonly string[] Given = ["Jing Yu", "Daniel", "Ruslan", "Wei", "Anna", "José", "Linh", "John", "Zofia", "Yuki", "Chidi"];

    private readonly Random _random = new(seed);

    /// <summary>The <paramref name="index"/>-th paper's file name and markdown text.</summary>
    public (string Name, string Text) Next(int index)
    {
        var year = 2014 + Pick(YearWeights);
        var venue = Venues[Pick(Venues.Select(v => v.Weight).ToArray())].Venue;
        var progress = (year - 2014) / 10.0;
        var empirical = _random.NextDouble() < 0.92;
        var data = empirical && _random.NextDouble() < 0.65 + 0.25 * progress;
        var code = data && _random.NextDouble() < 0.15 + 0.75 * progress;
        var pipes = _random.NextDouble() < 0.05;
        var long_ = _random.NextDouble() < 0.0006;

        var affiliation = _random.NextDouble() switch { < 0.62 => "Academia", < 0.95 => "Collaboration", < 0.9985 => "Industry", _ => "-1" };
        string Yes(double p) => _random.NextDouble() < p ? "Yes" : "No";
        // One result per variable of the catalogue, in its order.
        string Result(VariableKind kind) => kind switch
        {
            VariableKind.ResearchType => empirical ? "Experimental" : "Theoretical",
            VariableKind.ResearcherAffiliation => affiliation,
            VariableKind.Pseudocode => Yes(0.5),
            VariableKind.OpenSourceCode => code ? "Yes" : "No",
            VariableKind.OpenDatasets => data ? "Yes" : "No",
            VariableKind.DatasetSplits => Yes(0.25 + 0.25 * progress),
            VariableKind.HardwareSpecification => Yes(0.2 + 0.4 * progress),
            VariableKind.SoftwareDependencies => Yes(0.1),
            _ => Yes(0.75 + 0.2 * progress),
        };
        var rows = VariableCatalog.All.Select(v => (v.Name, Result: Result(v.Kind))).ToArray();

        var pipeRow = pipes ? _random.Next(rows.Length) : -1;
        var longRow = long_ ? _random.Next(rows.Length) : -1;
        var variables = rows.Select((row, i) => new Variable(row.Name, new Result(row.Result),
            new Evidence(Sentence(i == longRow ? 40_000 + _random.Next(60_000) : Length(), i == pipeRow)))).ToArray();

        var authors = Enumerable.Range(0, 1 + _random.Next(6)).Select(_ => $"{Given[_random.Next(Given.Length)]} {Surnames[_random.Next(Surnames.Length)]}").ToArray();
        var title = Title();
        var paper = new Paper(Notice, title, [.. authors], new Venue(venue, year), ["Venue PDF", "LLM Run Details"], [.. variables]);
        var name = string.Create(CultureInfo.InvariantCulture, $"{venue}-{year}/synthetic_{index:D6}.md");
        return (name, Scorecard.ToMarkdown(paper));
    }

    /// <summary>An evidence length: most rows 100–400 characters, some longer, as on real pages.</summary>
    private int Length() => _random.NextDouble() < 0.9 ? 60 + _random.Next(300) : 300 + _random.Next(700);

    private string Sentence(int length, bool pipes)
    {
        var text = new StringBuilder(length + 32);
        if (pipes) text.Append(PipeQuirks[_random.Next(PipeQuirks.Length)]).Append(' ');
        while (text.Length < length)
        {
            text.Append(Words[_random.Next(Words.Length)]);
            text.Append(_random.Next(12) == 0 ? ". " : " ");
        }
        return text.ToString().TrimEnd() + ".";
    }

    private string Title()
    {
        var words = Enumerable.Range(0, 4 + _random.Next(8)).Select(_ => Words[_random.Next(Words.Length)]);
        var title = string.Join(' ', words);
        return char.ToUpperInvariant(title[0]) + title[1..];
    }

    private int Pick(int[] weights)
    {
        var roll = _random.Next(weights.Sum());
        for (var i = 0; i < weights.Length; i++)
        {
            if ((roll -= weights[i]) < 0) return i;
        }
        return weights.Length - 1;
    }
}
