using GillRepro;
using GillRepro.Agreement;
using GillRepro.Catalog;
using GillRepro.Corpus;
using GillRepro.Diagnostics;
using GillRepro.Model;
using GillRepro.Serialization;

// A native AOT smoke test: the seed is parsed, scored, written as JSON and read back, with every result
// checked. Exit code 0 only when all of it works in the compiled binary.
using var stream = typeof(Program).Assembly.GetManifestResourceStream("seed.md")
    ?? throw new InvalidOperationException("The seed is not embedded.");
using var reader = new StreamReader(stream);
var text = reader.ReadToEnd();

var paper = Scorecard.Parse(text);
var score = Scorecard.Score(paper);
var json = ScorecardJson.Serialize(paper);
var back = ScorecardJson.DeserializePaper(json);
var lenient = Scorecard.ParseLenient(text[..2000]);
var summary = CorpusSummary.Of([paper], Grouping.VenueYear);
var noCode = paper with { Variables = [.. paper.Variables.Select(v => v.Kind == VariableKind.OpenSourceCode ? v with { Result = new Result("No") } : v)] };
var comparison = LabellingComparison.Of(new Labelling("run", [noCode]), new Labelling("people", [paper]));

var checks = new (string What, bool Ok)[]
{
    ("nine variables", paper.Variables.Count == 9),
    ("D = 5", score.DocumentationScore == 5),
    ("R = 0.86", score.ReproducibilityScore == 0.86),
    ("JSON round trip", back == paper),
    ("score JSON", ScorecardJson.Serialize(score).Contains("\"documentationScore\": 5", StringComparison.Ordinal)),
    ("markdown round trip", Scorecard.ToMarkdown(paper) == text),
    ("lenient cut-off page", lenient.Diagnostics.Any(d => d.Code == DiagnosticCodes.CutInEvidence)),
    ("strict refuses it with the same error", !Scorecard.TryParse(text[..2000], out _, out var error) && error == lenient.FirstError),
    ("UTF-16 decoded", Scorecard.TryDecode(System.Text.Encoding.Unicode.GetPreamble().Concat(System.Text.Encoding.Unicode.GetBytes(text)).ToArray(), out var decoded, out _) && decoded == "\uFEFF" + text),
    ("catalogue", VariableCatalog.All.Count == 9 && VariableCatalog.Find("open source code")?.Kind == VariableKind.OpenSourceCode),
    ("plain text round trip", Scorecard.Parse(Scorecard.ToPlainText(paper)).Variables.Select(v => v.Evidence.Text).SequenceEqual(paper.Variables.Select(v => v.Evidence.Text))),
    ("summary", summary.Groups.Single().Key.Text == "NeurIPS 2023" && ScorecardJson.Serialize(summary).Contains("\"venue\": \"NeurIPS\"", StringComparison.Ordinal)),
    ("comparison", comparison.Changes.Single().DocumentationChange == 1 && ScorecardJson.Serialize(comparison).Contains("\"changes\"", StringComparison.Ordinal)),
    ("canonical form", Scorecard.Format(text).Status == CanonicalStatus.Canonical && Scorecard.Format(text + "\n\n").Text == text),
};

foreach (var (what, ok) in checks) Console.WriteLine($"{(ok ? "ok  " : "FAIL")} {what}");
Console.WriteLine($"AOT smoke: {paper.Title}: D = {score.DocumentationScore}, R = {score.ReproducibilityScore}");
return checks.All(c => c.Ok) ? 0 : 1;
