using System.Buffers;
using System.Text;

namespace GillRepro.Facts;

/// <summary>
/// Evidence text as the fact readers see it: the ligatures of PDF extraction spelled out ("ﬁ" is "fi"),
/// no-break and thin spaces as spaces, the multiplication sign as <c>x</c>. Each replacement is one
/// character for one or more, so nothing but these changes.
/// </summary>
internal static class EvidenceText
{
    private static readonly SearchValues<char> Odd = SearchValues.Create("\uFB00\uFB01\uFB02\uFB03\uFB04\uFB05\uFB06\u00A0\u2009\u202F\u00D7\u2013\u2014");

    public static string Fold(string text)
    {
        if (text.AsSpan().IndexOfAny(Odd) < 0) return text;
        var folded = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            folded.Append(c switch
            {
                '\uFB00' => "ff",
                '\uFB01' => "fi",
                '\uFB02' => "fl",
                '\uFB03' => "ffi",
                '\uFB04' => "ffl",
                '\uFB05' or '\uFB06' => "st",
                '\u00A0' or '\u2009' or '\u202F' => " ",
                '\u00D7' => "x",
                '\u2013' or '\u2014' => "-",
                _ => null,
            } ?? c.ToString());
        }
        return folded.ToString();
    }
}
