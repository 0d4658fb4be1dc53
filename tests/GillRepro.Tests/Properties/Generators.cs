using CsCheck;

namespace GillRepro.Tests.Properties;

/// <summary>Generators of valid papers, and of damage to real scorecards.</summary>
internal static class Generators
{
    private static readonly string[] Words = ["Yes", "No", "Experimental", "Theoretical", "Academia", "Collaboration", "Industry", "N/A", "-1", "2", "yes"];

    /// <summary>Characters a scorecard's text really holds: letters, digits, punctuation, pipes, accents, math, CJK, emoji.</summary>
    private static readonly Gen<string> Piece = Gen.OneOf(
        Gen.String["abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,;:()[]-+=%/"],
        Gen.OneOf<string>("|", "|θ|", "β1 = 0.9", "≥", "é", "漢字", "𝑥", "😀", "ﬁ", "\t", "  ", "Authors:", "| Yes |"));

    /// <summary>
    /// What a caller may put in any field, with nothing filtered out: besides ordinary text, the empty
    /// string, line breaks, pipes, padding, the separator of authors, the prefixes of the notice and
    /// authors lines, a byte order mark, no-break spaces, ligatures and the table's own lines.
    /// </summary>
    private static readonly Gen<string> Hostile = Gen.OneOf<string>(
        "", " ", "\t", "\n", "\r", "\r\n", "|", " | ", ", ", "Authors:", "Authors: ", "Notice:", "Notice: x", "\uFEFF", "\u00A0",
        "ﬁ", "\u0000", "---", "| Reproducibility Variable | Result | LLM Response |", "Reproducibility Variable Result LLM Response",
        "|---|---|---|", "Open Source Code", "Pseudocode Yes", "NeurIPS 2023", "2023");

    /// <summary>Words as real pages hold them, joined by single spaces.</summary>
    private static readonly Gen<string> Ordinary = Gen.OneOf<string>(
        "We", "train", "GILL", "on", "CC3M", "with", "batch", "size", "200", "(β1 = 0.9)", "θ", "≥", "Müller", "漢字", "𝑥", "😀", "ﬁne-tuning",
        "m = 1|θ|", "|A| = 25", "https://github.com/kohjingyu/gill.", "[52],", "N/A", "e.g.,").Array[1, 10].Select(words => string.Join(' ', words));

    /// <summary>Most fields are ordinary text; the rest mix in odd pieces, and hostile ones.</summary>
    private static readonly Gen<string> Text = Gen.Frequency(
        (6, Ordinary),
        (1, Piece.Array[0, 8].Select(string.Concat)),
        (1, Gen.Frequency((3, Piece), (1, Hostile)).Array[0, 8].Select(string.Concat)));

    /// <summary>Names of people, venues and links: ordinary words, or any text one time in four.</summary>
    private static readonly Gen<string> Label = Gen.Frequency(
        (3, Gen.OneOf<string>("Jing Yu", "Koh", "Russ R.", "Salakhutdinov", "José", "García", "Zofia", "李", "Venue PDF", "LLM", "Run", "Details")
            .Array[1, 3].Select(words => string.Join(' ', words))),
        (1, Text));

    /// <summary>Variable names: the Index's, in other letter cases and spellings, and any other text.</summary>
    private static readonly Gen<string> Name = Gen.Frequency(
        (6, Gen.OneOf(VariableCatalog.All.Select(v => v.Name).ToArray())),
        (1, Gen.OneOf(VariableCatalog.All.Select(v => v.Name.ToUpperInvariant()).ToArray())),
        (1, Gen.OneOf<string>("Hardware Speciﬁcation", "Open\u00A0Datasets", "Ethics Statement", " Pseudocode", "Pseudocode ")),
        (1, Text));

    private static readonly Gen<Variable> Row = Gen.Select(
        Name, Gen.Frequency((6, Gen.OneOf(Words)), (1, Text)), Text,
        (name, result, evidence) => new Variable(name, new Result(result), new Evidence(evidence)));

    /// <summary>A row for each of the nine variables, in the Index's order, with up to two more rows of any kind inserted anywhere.</summary>
    private static readonly Gen<Variable[]> CompleteRows = Gen.Select(
        Gen.Select(Gen.Frequency((6, Gen.OneOf(Words)), (1, Text)), Text, (result, evidence) => (result, evidence)).Array[9],
        Gen.Bool.Array[9], Row.Array[0, 2], Gen.Int[0, 9].Array[2],
        (cells, upper, extra, at) =>
        {
            var rows = VariableCatalog.All.Select((v, i) => new Variable(upper[i] ? v.Name.ToUpperInvariant() : v.Name, new Result(cells[i].result), new Evidence(cells[i].evidence))).ToList();
            for (var i = 0; i < extra.Length; i++) rows.Insert(Math.Min(at[i], rows.Count), extra[i]);
            return rows.ToArray();
        });

    /// <summary>Papers as a caller may build them, hostile fields and all; the writer must refuse or round-trip each one.</summary>
    public static readonly Gen<Paper> Paper = Gen.Select(
        Gen.Frequency((2, Gen.Const((string?)null)), (5, Text.Select(t => (string?)("Notice: " + t))), (1, Text.Select(t => (string?)t))),
        Text,
        Label.Array[0, 6],
        Gen.Frequency((4, Gen.OneOf<string>("NeurIPS", "AAAI", "NeurIPS Datasets and Benchmarks", "JMLR")), (1, Label)),
        Gen.Int[0, 9999],
        Label.Array[0, 4],
        Gen.Frequency((4, CompleteRows), (1, Row.Array[0, 12])),
        (notice, title, authors, venue, year, links, rows) => new Paper(notice, title, [.. authors], new Venue(venue, year), [.. links], [.. rows]));

    /// <summary>A damage to a text: where, and what is done there.</summary>
    public static Gen<string> Damaged(IReadOnlyList<string> originals) =>
        Gen.Select(Gen.Int[0, originals.Count - 1], Gen.Int[1, 4], Gen.Int[0, int.MaxValue].Array[8], Gen.Int[0, 11].Array[4], Gen.String[0, 6],
            (which, count, positions, kinds, junk) =>
            {
                var text = originals[which];
                for (var i = 0; i < count && text.Length > 0; i++)
                {
                    var at = positions[i] % (text.Length + 1);
                    var other = positions[i + 4] % (text.Length + 1);
                    text = kinds[i] switch
                    {
                        0 => text[..at],                                                    // truncation
                        1 => text.Insert(at, "|"),                                          // inserted pipe
                        2 => at < text.Length ? text.Remove(at, 1) : text,                  // deleted character
                        3 => DeleteNext(text, at, '|'),                                     // deleted pipe
                        4 => text.Insert(at, "\n"),                                         // inserted line break
                        5 => DeleteNext(text, at, '\n'),                                    // deleted line break
                        6 => at < text.Length ? text.Remove(at, 1).Insert(at, ((char)(positions[i + 4] % 0x10000)).ToString()) : text, // flipped character, any UTF-16 unit
                        7 => text.Insert(at, junk),                                         // random Unicode
                        8 => text.Insert(at, "\0\u001b\uD800\uDC00\uDFFF\r"),               // control characters, surrogates, lone CR
                        9 => text.Insert(at, new string('|', positions[i + 4] % 2000)),     // many pipes
                        10 => text.Insert(at, text[Math.Min(at, other)..Math.Max(at, other)]), // duplicated stretch
                        _ => text.Replace("\n", "\r\n", StringComparison.Ordinal),          // CRLF
                    };
                }
                return text;
            });

    private static string DeleteNext(string text, int at, char c)
    {
        var index = text.IndexOf(c, Math.Min(at, text.Length));
        return index < 0 ? text : text.Remove(index, 1);
    }
}
