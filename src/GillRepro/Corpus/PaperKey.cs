using System.Globalization;
using System.Text;

namespace GillRepro.Corpus;

/// <summary>
/// What makes two papers the same paper: venue, year and title, with letter case, runs of whitespace and
/// Unicode compatibility forms (ligatures, full-width letters, no-break spaces) folded. The comparison of
/// labellings and the tool's "counted once" both match papers by it.
/// </summary>
internal static class PaperKey
{
    public static string Of(Paper paper) =>
        string.Create(CultureInfo.InvariantCulture, $"{Fold(paper.Venue.Name)}\n{paper.Venue.Year}\n{Fold(paper.Title)}");

    /// <summary>NFKC, lower case, whitespace runs as one space, none at the ends.</summary>
    public static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsWhiteSpace(c))
            {
                space = folded.Length > 0;
                continue;
            }
            if (space) folded.Append(' ');
            space = false;
            folded.Append(char.ToLowerInvariant(c));
        }
        return folded.ToString();
    }
}
