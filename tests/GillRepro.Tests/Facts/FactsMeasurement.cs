using System.Text.Json;
using GillRepro.Facts;

namespace GillRepro.Tests.Facts;

/// <summary>
/// Precision and recall of the fact readers against the hand-checked labels in Labels/ (330 evidence
/// texts read by a person, README.md there says how), per field and per split. docs/facts.md quotes it.
/// </summary>
public static class FactsMeasurement
{
    public sealed record Row(string Id, string Split, string Variable, string Result, string Evidence, JsonElement Json);

    /// <summary>Found, expected and right, for precision (right/found) and recall (right/expected).</summary>
    public sealed record Tally(string Field, int Found, int Expected, int Right)
    {
        public double Precision => Found == 0 ? 1 : (double)Right / Found;
        public double Recall => Expected == 0 ? 1 : (double)Right / Expected;
        public override string ToString() => $"{Field,-16} found {Found,4}  expected {Expected,4}  right {Right,4}  precision {Precision:0.000}  recall {Recall:0.000}";
    }

    public static IReadOnlyList<Row> Load(string path) =>
        [.. File.ReadLines(path).Where(l => l.Length > 0).Select(l =>
        {
            var json = JsonDocument.Parse(l).RootElement.Clone();
            return new Row(json.GetProperty("id").GetString()!, json.GetProperty("split").GetString()!, json.GetProperty("variable").GetString()!,
                json.GetProperty("result").GetString()!, json.GetProperty("evidence").GetString()!, json);
        })];

    public static IReadOnlyList<Tally> Measure(IEnumerable<Row> rows, List<string>? misses = null)
    {
        var tallies = new Dictionary<string, int[]>();
        void Count(string field, int found, int expected, int right)
        {
            if (!tallies.TryGetValue(field, out var t)) tallies[field] = t = new int[3];
            t[0] += found; t[1] += expected; t[2] += right;
        }
        foreach (var row in rows)
        {
            switch (row.Variable)
            {
                case "Hardware Specification":
                {
                    var gold = row.Json.TryGetProperty("devices", out var d) && d.ValueKind == JsonValueKind.Array
                        ? d.EnumerateArray().Select(x => (Kind: x.GetProperty("kind").GetString()!, Model: x.GetProperty("model").GetString()!, Count: x.GetProperty("count").ValueKind == JsonValueKind.Number ? x.GetProperty("count").GetInt32() : (int?)null)).ToList()
                        : [];
                    var found = Device.FindAll(row.Evidence).Select(x => (Kind: x.Kind == DeviceKind.Other ? "other" : x.Kind.ToString(), x.Model, x.Count)).ToList();
                    Pair(row, "devices", gold.Select(g => (Key: g.Kind + ":" + g.Model, Value: g.Count?.ToString())).ToList(),
                        found.Select(f => (Key: f.Kind + ":" + f.Model, Value: f.Count?.ToString())).ToList(), "device counts", Count, misses);
                    break;
                }
                case "Software Dependencies":
                {
                    var gold = row.Json.TryGetProperty("software", out var s) && s.ValueKind == JsonValueKind.Array
                        ? s.EnumerateArray().Select(x => (Key: Canonical(x.GetProperty("name").GetString()!), Value: x.GetProperty("version").ValueKind == JsonValueKind.String ? x.GetProperty("version").GetString() : null)).ToList()
                        : [];
                    var found = SoftwareDependency.FindAll(row.Evidence).Select(x => (Key: x.Name, Value: x.Version)).ToList();
                    Pair(row, "software names", gold, found, "versions", Count, misses);
                    break;
                }
                case "Open Source Code":
                {
                    var code = row.Json.GetProperty("code");
                    var facts = CodeFacts.Of(row.Evidence);
                    var gold = code.GetProperty("links").EnumerateArray().Select(x => (Key: x.GetString()!, Value: (string?)null)).ToList();
                    Pair(row, "links", gold, facts.Links.Select(l => (Key: l, Value: (string?)null)).ToList(), null, Count, misses);
                    var goldHosts = code.GetProperty("hosts").EnumerateArray().Select(x => (Key: x.GetString()!, Value: (string?)null)).ToList();
                    Pair(row, "hosts", goldHosts, facts.Hosts.Select(h => (Key: h, Value: (string?)null)).ToList(), null, Count, misses);
                    Flag(row, "anonymized", code.GetProperty("anonymized").GetBoolean(), facts.Anonymized, Count, misses);
                    Flag(row, "promised", code.GetProperty("promised").GetBoolean(), facts.Promised, Count, misses);
                    break;
                }
            }
        }
        return [.. tallies.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => new Tally(t.Key, t.Value[0], t.Value[1], t.Value[2]))];
    }

    /// <summary>
    /// A labelled software name as the catalogue spells that software, so one program under two names
    /// matches ("Wandb" is Weights &amp; Biases, "PyG" PyTorch Geometric): the name read on its own, when
    /// that gives exactly one name; otherwise the name as labelled.
    /// </summary>
    private static string Canonical(string name) =>
        SoftwareDependency.FindAll(name) is [var one] ? one.Name : name;

    /// <summary>Items match by key (names in any letter case, folded as the catalogue folds them); a value (count, version) is right when both sides give the same one.</summary>
    private static void Pair(Row row, string field, List<(string Key, string? Value)> gold, List<(string Key, string? Value)> found, string? valueField,
        Action<string, int, int, int> count, List<string>? misses)
    {
        static string Fold(string key) => new([.. key.ToLowerInvariant().Where(c => c is not (' ' or '-' or '_' or '.'))]);
        var goldKeys = gold.Select(g => Fold(g.Key)).ToList();
        var right = 0;
        int valuesFound = 0, valuesExpected = 0, valuesRight = 0;
        foreach (var f in found)
        {
            var at = goldKeys.IndexOf(Fold(f.Key));
            if (at >= 0) right++;
            else misses?.Add($"{row.Id} {field} extra: {f.Key}");
            if (f.Value is not null) valuesFound++;
            if (at >= 0 && f.Value is not null && gold[at].Value == f.Value) valuesRight++;
            else if (f.Value is not null) misses?.Add($"{row.Id} {valueField} wrong: {f.Key} {f.Value} (expected {(at >= 0 ? gold[at].Value ?? "none" : "no item")})");
        }
        var foundKeys = found.Select(f => Fold(f.Key)).ToList();
        foreach (var g in gold)
        {
            if (g.Value is not null) valuesExpected++;
            if (!foundKeys.Contains(Fold(g.Key))) misses?.Add($"{row.Id} {field} missed: {g.Key}{(g.Value is null ? "" : " " + g.Value)}");
            else if (g.Value is not null && found[foundKeys.IndexOf(Fold(g.Key))].Value is null) misses?.Add($"{row.Id} {valueField} missed: {g.Key} {g.Value}");
        }
        count(field, found.Count, gold.Count, right);
        if (valueField is not null) count(valueField, valuesFound, valuesExpected, valuesRight);
    }

    private static void Flag(Row row, string field, bool gold, bool found, Action<string, int, int, int> count, List<string>? misses)
    {
        count(field, found ? 1 : 0, gold ? 1 : 0, found && gold ? 1 : 0);
        if (found != gold) misses?.Add($"{row.Id} {field}: expected {gold}, found {found}");
    }
}
