using System.Text.Json;

namespace GillRepro.Tests.Support;

/// <summary>One line of the corpus's <c>truth.jsonl</c>: what the Index says of a paper.</summary>
internal sealed record Truth(
    string Slug,
    string Venue,
    int Year,
    string Title,
    string Authors,
    IReadOnlyDictionary<string, string> Results,
    int DocumentationScore,
    double ReproducibilityScore,
    bool Empirical)
{
    public string MarkdownPath(string corpus) => Path.Combine(corpus, "markdown", $"{Venue}-{Year}", Slug + ".md");

    public string PlainPath(string corpus) => Path.Combine(corpus, "plain", $"{Venue}-{Year}", Slug + ".txt");

    public static IReadOnlyList<Truth> Load(string corpus)
    {
        var truths = new List<Truth>();
        foreach (var line in File.ReadLines(Path.Combine(corpus, "truth.jsonl")))
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            truths.Add(new Truth(
                root.GetProperty("slug").GetString()!,
                root.GetProperty("venue").GetString()!,
                root.GetProperty("year").GetInt32(),
                root.GetProperty("title").GetString()!,
                root.GetProperty("authors").GetString()!,
                root.GetProperty("results").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!),
                root.GetProperty("documentation_score").GetInt32(),
                root.GetProperty("reproducibility_score").GetDouble(),
                root.GetProperty("empirical").GetBoolean()));
        }
        return truths;
    }
}
