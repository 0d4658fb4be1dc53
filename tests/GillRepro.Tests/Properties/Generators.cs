using CsCheck;

namespace GillRepro.Tests.Properties;

/// <summary>Generators of valid papers, and of damage to real scorecards.</summary>
internal static class Generators
{
    private static readonly string[] Words = ["Yes", "No", "Experimental", "Theoretical", "Academia", "Collaboration", "Industry", "N/A", "-1", "2"];

    /// <summary>Characters a scorecard's text really holds: letters, digits, punctuation, pipes, accents, math, CJK, emoji.</summary>
    private static readonly Gen<string> Piece = Gen.OneOf(
        Gen.String["abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,;:()[]-+=%/"],
        Gen.OneOf<string>("|", "|θ|", "β1 = 0.9", "≥", "é", "漢字", "𝑥", "😀", "ﬁ", "\t", "  ", "Authors:", "| Yes |"));

    private static readonly Gen<string> Text = Piece.Array[0, 12].Select(string.Concat);

    /// <summary>One line of text with no line break, no pipe, non-empty and without surrounding spaces.</summary>
    private static readonly Gen<string> Cell = Gen.String["abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-éθ漢"]
        .Select(s => s.Trim(' ', '\t')).Where(s => s.Length > 0);

    private static readonly Gen<string> Title = Cell.Where(t => !t.StartsWith("Authors:", StringComparison.Ordinal) && !t.StartsWith("Notice:", StringComparison.Ordinal));

    private static readonly Gen<string> Author = Cell.Where(a => !a.Contains(", ", StringComparison.Ordinal));

    private static readonly Gen<Variable> KnownVariable = Gen.Select(
        Gen.Enum<VariableKind>().Where(k => k != VariableKind.Unknown), Gen.OneOf(Words), Text,
        (kind, result, evidence) => new Variable(Vocabulary.NameOf(kind), new Result(result), new Evidence(evidence)));

    private static readonly Gen<Variable> AnyVariable = Gen.Frequency(
        (4, KnownVariable),
        (1, Gen.Select(Cell, Cell, Text, (name, result, evidence) => new Variable(name, new Result(result), new Evidence(evidence)))));

    private static Gen<Paper> Papers(Gen<Variable> variables) => Gen.Select(
        Gen.Bool, Title, Author.Array[0, 6], Cell.Where(v => !v.Contains(' ')), Gen.Int[1000, 9999], Cell.Array[0, 4], variables.Array[1, 12],
        (notice, title, authors, venue, year, links, rows) =>
            new Paper(notice ? "Notice: " + title : null, title, authors, new Venue(venue, year), links, rows));

    /// <summary>Valid papers with any variables, results and evidence the markdown layout can hold.</summary>
    public static readonly Gen<Paper> Paper = Papers(AnyVariable);

    /// <summary>Valid papers the plain-text layout can hold: known variables, one-word results.</summary>
    public static readonly Gen<Paper> PlainPaper = Papers(KnownVariable);

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
