using System.Buffers;
using System.Text;

namespace GillRepro.Facts;

/// <summary>
/// Evidence text as the fact readers see it: the ligatures and no-break spaces folded as the catalogue
/// folds names (<see cref="VariableCatalog.Spelled"/>), and beside them a thin space as a space, the
/// multiplication sign as <c>x</c>, en and em dashes as hyphens. Nothing but these changes.
/// </summary>
internal static class EvidenceText
{
    private static readonly SearchValues<char> Odd = SearchValues.Create("\uFB00\uFB01\uFB02\uFB03\uFB04\uFB05\uFB06\u00A0\u202F\u2007\u2009\u00D7\u2013\u2014");

    public static string Fold(string text)
    {
        if (text.AsSpan().IndexOfAny(Odd) < 0) return text;
        var folded = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            folded.Append(VariableCatalog.Spelled(c) ?? c switch
            {
                '\u2009' => " ",
                '\u00D7' => "x",
                '\u2013' or '\u2014' => "-",
                _ => c.ToString(),
            });
        }
        return folded.ToString();
    }
}
