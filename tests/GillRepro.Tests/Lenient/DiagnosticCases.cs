using GillRepro.Tests.Support;

namespace GillRepro.Tests.Lenient;

/// <summary>One damaged scorecard per diagnostic code, with where the diagnostic must point.</summary>
public static class DiagnosticCases
{
    /// <summary>A markdown card with line <paramref name="index"/> (0-based) replaced.</summary>
    private static string With(int index, string line)
    {
        var lines = Cards.Lines();
        lines[index] = line;
        return Cards.Join(lines);
    }

    private static string Without(int index)
    {
        var lines = Cards.Lines();
        lines.RemoveAt(index);
        return Cards.Join(lines);
    }

    private static string Plain(Func<List<string>, List<string>> change)
    {
        var paper = Scorecard.Parse(Cards.Valid);
        return string.Join("\n", change([.. Scorecard.ToPlainText(paper).Split('\n')]));
    }

    /// <summary>Code, severity, line, column, and the text that shows it.</summary>
    public static TheoryData<string, DiagnosticSeverity, int, int, string> All => new()
    {
        { "GR002", DiagnosticSeverity.Error, 1, 1, "  \n\n" },
        { "GR003", DiagnosticSeverity.Warning, 15, 29, With(14, "| Experiment Setup | Yes | a\0b |") },
        { "GR004", DiagnosticSeverity.Warning, 15, 29, With(14, "| Experiment Setup | Yes | a\uD800b |") },
        { "GR006", DiagnosticSeverity.Warning, 1, 1, "Reproducibility Index | Search | About\n\n" + Cards.Valid },
        { "GR007", DiagnosticSeverity.Error, 16, 1, Cards.Valid + "\n" + Cards.Valid },
        { "GR010", DiagnosticSeverity.Error, 2, 1, Without(1) },
        { "GR011", DiagnosticSeverity.Warning, 3, 1, Without(2) },
        { "GR012", DiagnosticSeverity.Error, 4, 1, With(3, "NeurIPS") },
        { "GR013", DiagnosticSeverity.Error, 4, 9, With(3, "NeurIPS 20x3 | Venue PDF") },
        { "GR014", DiagnosticSeverity.Warning, 4, 27, With(3, "NeurIPS 2023 | Venue PDF | | LLM Run Details") },
        { "GR020", DiagnosticSeverity.Error, 5, 1, With(4, "| Reproducibility Variable | Result | LLM Response | Extra |") },
        { "GR021", DiagnosticSeverity.Error, 6, 1, Without(5) },
        { "GR022", DiagnosticSeverity.Error, 6, 14, Cards.Join(Cards.Lines().Take(6)) },
        { "GR030", DiagnosticSeverity.Error, 15, 32, Cards.Valid[..^5] },
        { "GR031", DiagnosticSeverity.Error, 9, 33, With(8, "| Pseudocode | Yes | Algorithm 1") },
        { "GR032", DiagnosticSeverity.Error, 15, 1, Cards.Join(Cards.Lines().Take(14)) + "\n| Experiment Setup | Ye" },
        { "GR033", DiagnosticSeverity.Error, 9, 21, With(8, "| Pseudocode | Yes |") },
        { "GR034", DiagnosticSeverity.Error, 9, 1, With(8, "| Pseudocode") },
        { "GR035", DiagnosticSeverity.Error, 9, 2, With(8, "|  | Yes | Algorithm 1 |") },
        { "GR036", DiagnosticSeverity.Warning, 9, 15, With(8, "| Pseudocode |  | Algorithm 1 |") },
        { "GR037", DiagnosticSeverity.Error, 11, 1, Cards.Join(Cards.Lines().Take(10).Append("See also our other paper.").Concat(Cards.Lines().Skip(10))) },
        { "GR038", DiagnosticSeverity.Warning, 11, 1, Cards.Join(Cards.Lines().Take(10).Append("").Concat(Cards.Lines().Skip(10))) },
        { "GR039", DiagnosticSeverity.Warning, 17, 1, Cards.Valid + "\n\nBack to search\n© 2026 The Reproducibility Index" },
        { "GR040", DiagnosticSeverity.Error, 14, 1, Cards.Join(Cards.Lines().Take(13)) + "\n" },
        { "GR041", DiagnosticSeverity.Warning, 16, 1, Cards.Valid + "\n| Pseudocode | No | again |" },
        { "GR042", DiagnosticSeverity.Warning, 16, 3, Cards.Valid + "\n| Ethics Statement | Yes | Section 9 |" },
        { "GR043", DiagnosticSeverity.Information, 9, 16, With(8, "| Pseudocode | N/A | missing |") },
        { "GR044", DiagnosticSeverity.Warning, 9, 16, With(8, "| Pseudocode | Academia | odd |") },
    };

    /// <summary>Damage to the plain-text rendering, which has no pipes to tell cells apart.</summary>
    public static TheoryData<string, DiagnosticSeverity, int, int, string> PlainText => new()
    {
        { "GR032", DiagnosticSeverity.Error, 17, 1, Plain(l => [.. l.Take(16), "Experiment Setup Ye"]) },
        { "GR032", DiagnosticSeverity.Error, 17, 1, Plain(l => [.. l.Take(16), "Experiment Se"]) },
        { "GR034", DiagnosticSeverity.Error, 11, 1, Plain(l => { l[10] = "Pseudocode"; return l; }) },
        { "GR037", DiagnosticSeverity.Error, 11, 1, Plain(l => { l[10] = "Pseudo code Yes Algorithm 1"; return l; }) },
        { "GR020", DiagnosticSeverity.Error, 9, 1, Plain(l => { l[8] = "Variable Result Response"; return l; }) },
        { "GR040", DiagnosticSeverity.Error, 15, 39, Plain(l => [.. l.Take(15)]) },
    };
}
