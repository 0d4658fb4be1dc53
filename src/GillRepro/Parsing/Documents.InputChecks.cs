using System.Buffers;

namespace GillRepro.Parsing;

/// <summary>Checks of the text as a whole, beside the grammar: characters a scorecard should not hold.</summary>
internal static partial class Documents
{
    /// <summary>How many diagnostics of one kind of odd character are listed before the rest are summed up.</summary>
    private const int ListedPerKind = 10;

    /// <summary>The control characters a scorecard should not hold (tab and line ends are fine): an ASCII set, searched fast.</summary>
    private static readonly SearchValues<char> Controls = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\u000B\u000C\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F");

    /// <summary>The next control character, or the next surrogate, at or after <paramref name="from"/> and before <paramref name="end"/>; -1 when there is none.</summary>
    private static int Next(string text, int from, int end, bool surrogate)
    {
        var rest = text.AsSpan(from, end - from);
        var found = surrogate ? rest.IndexOfAnyInRange('\uD800', '\uDFFF') : rest.IndexOfAny(Controls);
        return found < 0 ? -1 : from + found;
    }

    /// <summary>
    /// Control characters (other than tab and line ends) and UTF-16 surrogates that do not pair up: kept
    /// in the text from <paramref name="start"/> to <paramref name="end"/>, and reported. Two vectorised searches
    /// over the text; at most ten listed of each kind, then a count. <paramref name="line"/> and
    /// <paramref name="column"/> are those of <paramref name="start"/>.
    /// </summary>
    public static IReadOnlyList<Diagnostic> FindOddCharacters(string text, int start, int end, int line, int column)
    {
        // Controls and surrogates are searched apart (one ASCII set, one range: both vectorised; a set
        // of both would fall back to a much slower search), each again only once its hit is passed.
        var control = Next(text, start, end, surrogate: false);
        var surrogate = Next(text, start, end, surrogate: true);
        if (control < 0 && surrogate < 0) return [];

        var into = new List<Diagnostic>();
        var controls = new OddKind(DiagnosticCodes.ControlCharacter, "control character");
        var surrogates = new OddKind(DiagnosticCodes.LoneSurrogate, "lone surrogate");
        int lineStart = start - (column - 1), scanned = start;
        while (control >= 0 || surrogate >= 0)
        {
            var at = surrogate < 0 || (control >= 0 && control < surrogate) ? control : surrogate;
            for (var i = scanned; i < at; i++)
            {
                if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= end || text[i + 1] != '\n')))
                {
                    line++;
                    lineStart = i + 1;
                }
            }
            scanned = at;

            var c = text[at];
            var span = new SourceSpan(at, 1, line, at - lineStart + 1);
            if (at == control)
            {
                if (controls.Listed(span))
                    into.Add(new Diagnostic(DiagnosticCodes.ControlCharacter, DiagnosticSeverity.Warning, $"a control character, U+{(int)c:X4}", span, "it is kept as it is"));
                control = Next(text, at + 1, end, surrogate: false);
                continue;
            }

            var length = 1;
            if (char.IsHighSurrogate(c) && at + 1 < end && char.IsLowSurrogate(text[at + 1]))
            {
                length = 2;
            }
            else if (surrogates.Listed(span))
            {
                into.Add(new Diagnostic(DiagnosticCodes.LoneSurrogate, DiagnosticSeverity.Warning, $"a lone UTF-16 surrogate, U+{(int)c:X4}, which is not a character", span, "it is kept as it is"));
            }
            surrogate = Next(text, at + length, end, surrogate: true);
        }

        controls.Summarise(into);
        surrogates.Summarise(into);
        return into;
    }

    /// <summary>One kind of odd character: the first ten are listed, the rest counted from the first unlisted one.</summary>
    private sealed class OddKind(string code, string kind)
    {
        private int _count;
        private SourceSpan _firstUnlisted;

        /// <summary>Counts one more; true while it is among the first ten, which are listed one by one.</summary>
        public bool Listed(SourceSpan span)
        {
            if (++_count <= ListedPerKind) return true;
            if (_count == ListedPerKind + 1) _firstUnlisted = span;
            return false;
        }

        public void Summarise(List<Diagnostic> into)
        {
            if (_count > ListedPerKind)
            {
                into.Add(new Diagnostic(code, DiagnosticSeverity.Warning,
                    $"{_count - ListedPerKind} more {kind}{(_count - ListedPerKind == 1 ? "" : "s")} from here on", _firstUnlisted, "kept as they are"));
            }
        }
    }
}
