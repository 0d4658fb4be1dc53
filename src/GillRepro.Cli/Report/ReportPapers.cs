using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace GillRepro.Cli.Report;

/// <summary>
/// The papers as the report embeds them, once, in <c>&lt;script type="application/json" id="papers"&gt;</c>,
/// in a column layout (pandas' "split" orientation): the field names once, then one array of values per
/// paper, in the columns' order. Words that repeat are indexes into small tables: a paper's nine results
/// are one string of nine characters, each the place of its word in <c>results</c> written as a digit of
/// <see cref="Digits"/> (<c>-</c> where the page lacks the variable; an array of numbers instead where more
/// words are met than there are digits), and a file is the index of its folder in <c>folders</c> and its
/// name. Authors are one string, as the page's Authors line. Flags are 1 or 0. Keys repeated per paper, result words and folder names were 45% of a report of
/// 56,800 real pages (docs/performance.md). The page's script builds each paper back, field by field.
/// <code>{"columns": ["title", ..., "folder", "file"], "results": ["Experimental", "Academia", "Yes", ...], "folders": ["NeurIPS-2023/"],
///  "data": [["A paper", "A. Author, B. Author", "NeurIPS", 2023, "0122-2222", 5, 0.86, 1, 0, 0, "a_paper.md"], ...]}</code>
/// </summary>
internal static class ReportPapers
{
    /// <summary>The fields of a paper, in the order of its values.</summary>
    public static readonly string[] Columns = ["title", "authors", "venue", "year", "results", "documentationScore", "reproducibilityScore", "empirical", "complete", "folder", "file"];

    /// <summary>The digits a result's word is written with: its place in the words met.</summary>
    internal const string Digits = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    /// <summary>
    /// The encoder of the page's JSON: letters of every script as they are (a title in Greek or Chinese is
    /// not six bytes a character), and <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c> and quotes escaped as
    /// <c>\u003C</c> and the like, so no text from a page can close the script element that holds it.
    /// </summary>
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    /// <summary>The papers, each with the file it was read from, as the page's JSON.</summary>
    public static string Json(IReadOnlyList<(string File, Paper Paper)> papers)
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        var folders = new Dictionary<string, int>(StringComparer.Ordinal);
        // Digits while every word has one; arrays of numbers for a corpus of many odd results.
        var digits = papers.SelectMany(p => p.Paper.Variables).Select(v => v.Result.Text).Distinct(StringComparer.Ordinal).Take(Digits.Length + 1).Count() <= Digits.Length;
        var buffer = new ArrayBufferWriter<byte>(papers.Count * 256);
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Encoder }))
        {
            json.WriteStartObject();
            json.WriteStartArray("columns");
            foreach (var column in Columns) json.WriteStringValue(column);
            json.WriteEndArray();
            // The words are known once every paper has been written: the data first, in a buffer of its own.
            var data = new ArrayBufferWriter<byte>(papers.Count * 240);
            using (var rows = new Utf8JsonWriter(data, new JsonWriterOptions { Encoder = Encoder }))
            {
                rows.WriteStartArray();
                foreach (var (file, paper) in papers) Row(rows, file, paper, words, folders, digits);
                rows.WriteEndArray();
            }
            json.WriteStartArray("results");
            foreach (var word in words.OrderBy(w => w.Value).Select(w => w.Key)) json.WriteStringValue(word);
            json.WriteEndArray();
            json.WriteStartArray("folders");
            foreach (var folder in folders.OrderBy(f => f.Value).Select(f => f.Key)) json.WriteStringValue(folder);
            json.WriteEndArray();
            json.WritePropertyName("data");
            json.WriteRawValue(data.WrittenSpan, skipInputValidation: true);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Names as a JSON array, escaped as the papers are.</summary>
    public static string Names(IEnumerable<string> names)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Encoder }))
        {
            json.WriteStartArray();
            foreach (var name in names) json.WriteStringValue(name);
            json.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void Row(Utf8JsonWriter json, string file, Paper paper, Dictionary<string, int> words, Dictionary<string, int> folders, bool digits)
    {
        var score = Scorecard.Score(paper);
        json.WriteStartArray();
        json.WriteStringValue(paper.Title);
        // The authors as the page's Authors line writes them: one string, ", " between names.
        json.WriteStringValue(string.Join(", ", paper.Authors));
        json.WriteStringValue(paper.Venue.Name);
        json.WriteNumberValue(paper.Venue.Year);
        // The nine results in the catalogue's order (the report names them once, in id="variable-names").
        Span<char> written = stackalloc char[VariableCatalog.All.Count];
        if (!digits) json.WriteStartArray();
        for (var i = 0; i < VariableCatalog.All.Count; i++)
        {
            int? index = null;
            if (paper.Find(VariableCatalog.All[i].Kind)?.Result.Text is { } result)
            {
                if (!words.TryGetValue(result, out var known)) words.Add(result, known = words.Count);
                index = known;
            }
            if (digits) written[i] = index is { } d ? Digits[d] : '-';
            else if (index is { } n) json.WriteNumberValue(n);
            else json.WriteNullValue();
        }
        if (digits) json.WriteStringValue(written);
        else json.WriteEndArray();
        json.WriteNumberValue(score.DocumentationScore);
        json.WriteNumberValue(score.ReproducibilityScore);
        json.WriteNumberValue(score.IsEmpirical ? 1 : 0);
        json.WriteNumberValue(score.IsComplete ? 1 : 0);
        // The folder (with its last separator) once in a table; the name after it.
        var slash = file.LastIndexOfAny(['/', '\\']) + 1;
        var folder = file[..slash];
        if (!folders.TryGetValue(folder, out var at)) folders.Add(folder, at = folders.Count);
        json.WriteNumberValue(at);
        json.WriteStringValue(file.AsSpan(slash));
        json.WriteEndArray();
    }
}
