using System.Globalization;
using System.Text;
using Sprache;

namespace GillRepro.Parsing;

/// <summary>
/// Texts into scorecards through the grammar: a text of one (<see cref="ReadOne"/>), a text of many in
/// memory, read in place, where the grammar's own productions end each scorecard at the next
/// <c>start</c> (<see cref="Read(string, ScorecardParseOptions)"/>), and a stream of many, one held at a
/// time (<see cref="Read(TextReader, ScorecardParseOptions)"/>). Each scorecard's rendering is found on
/// its own: the one whose header comes first is tried first, and the first reading without an error is
/// taken, else the one with the fewest.
/// </summary>
internal static partial class Documents
{
    /// <summary>A text of one scorecard: <c>document</c>, with the checks of the text as a whole.</summary>
    public static ParseReport ReadOne(string text, ScorecardParseOptions options)
    {
        if (text.Length > options.MaxInputLength)
        {
            return new ParseReport(null, [TooLarge(options, text.Length, new SourceSpan(0, 0, 1, 1), "")], options.Rendering);
        }

        var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var odd = FindOddCharacters(text, start, text.Length, 1, 1);
        if (IsBlank(text, start))
        {
            return new ParseReport(null, [new Diagnostic(DiagnosticCodes.EmptyInput, DiagnosticSeverity.Error,
                "expected a scorecard, starting with its title, found an empty input", new SourceSpan(start, 0, 1, 1)), .. odd], options.Rendering);
        }
        var input = new SourceInput(text, start, joinable: SourceInput.MayJoin(text, start));
        var (report, _) = Best(text, input, options, ScorecardGrammar.AtStart(input) ? r => r.Single : r => r.Document);
        return WithOdd(report, odd) with { Span = new SourceSpan(start, text.Length - start, 1, 1) };
    }

    /// <summary>
    /// The scorecards of a text in memory, read in place: spans count from the text's start, and a text of
    /// one scorecard is read with no copy. A scorecard longer than the options allow is reported (GR001) instead.
    /// </summary>
    public static IEnumerable<ParseReport> Read(string text, ScorecardParseOptions options)
    {
        var begin = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        IInput at = new SourceInput(text, begin, joinable: SourceInput.MayJoin(text, begin));
        if (IsBlank(text, ((SourceInput)at).Position)) yield break;
        var first = true;
        // Each scorecard's footer reads on to the next start or the end of the text, where the next begins.
        while (!at.AtEnd)
        {
            var from = (SourceInput)at;
            var (report, rest) = Best(text, from, options, first && !ScorecardGrammar.AtStart(from) ? r => r.First : r => r.Scorecard);
            var to = (SourceInput)rest;
            first = false;
            at = rest;
            var span = new SourceSpan(from.Position, to.Position - from.Position, from.Line, from.Column);
            yield return (to.Position - from.Position > options.MaxInputLength
                ? new ParseReport(null, [TooLarge(options, to.Position - from.Position, span with { Length = 0 }, " starting here")], options.Rendering)
                : WithOdd(report, FindOddCharacters(text, from.Position, to.Position, from.Line, from.Column))) with { Span = span };
        }
    }

    /// <summary>
    /// The scorecards of a stream, one held at a time: the stream is cut where the grammar's
    /// <c>start</c> begins a scorecard (<see cref="Starts"/>), and each piece is read as
    /// <see cref="Read(string, ScorecardParseOptions)"/> reads it in place, with the same spans.
    /// </summary>
    public static IEnumerable<ParseReport> Read(TextReader reader, ScorecardParseOptions options)
    {
        // A line longer than the largest scorecard is kept only as far as that: the scorecard it is in is refused anyway.
        var lines = new LineReader(reader, options.MaxInputLength + 1L);
        var document = new Piece(options);
        // The last line with text and the blank lines after it: whether a scorecard starts at that line is
        // known once the next line with text has been read.
        var held = new StringBuilder();
        string? heldText = null;
        var heldLength = 0L;
        var heldAt = Position.Start;
        var starts = new Starts();
        var position = Position.Start;

        foreach (var (text, terminator, length) in LogicalLines(lines))
        {
            // A byte order mark is skipped, as in a text in memory: it counts in offsets, not in columns.
            if (position == Position.Start && lines.SkippedByteOrderMark) position = new Position(1, 1, 1);
            var trimmed = text.TrimEnd(' ', '\t');
            if (trimmed.Length == 0 && heldText is null)
            {
                document.Add(text, terminator, length, position, hasText: false);
            }
            else if (trimmed.Length == 0)
            {
                held.Append(text).Append(terminator);
                heldLength += length;
            }
            else
            {
                if (heldText is not null)
                {
                    if (starts.Begins(heldText, trimmed) && document.HasText) yield return document.Read();
                    document.Add(held.ToString(), "", heldLength, heldAt, hasText: true);
                    held.Clear();
                }
                heldText = trimmed;
                heldAt = position;
                held.Append(text).Append(terminator);
                heldLength = length;
            }

            position = position.After(length, terminator.Length > 0);
            if (position.Offset > int.MaxValue || position.Line > int.MaxValue)
            {
                yield return new ParseReport(null, [new Diagnostic(DiagnosticCodes.InputTooLarge, DiagnosticSeverity.Error,
                    string.Create(CultureInfo.InvariantCulture, $"expected a stream of at most {int.MaxValue:N0} characters and lines, which spans can count, found a longer one"),
                    new SourceSpan(int.MaxValue, 0, (int)Math.Min(position.Line, int.MaxValue), 1), "the rest is not read")], options.Rendering);
                yield break;
            }
        }

        if (heldText is not null)
        {
            if (starts.Begins(heldText, []) && document.HasText) yield return document.Read();
            document.Add(held.ToString(), "", heldLength, heldAt, hasText: true);
        }
        if (document.HasText) yield return document.Read();
    }

    /// <summary>A place in a stream: offset, line and column, counted as spans count them.</summary>
    private readonly record struct Position(long Offset, long Line, long Column)
    {
        public static Position Start => new(0, 1, 1);

        /// <summary>The place after a line of <paramref name="length"/> characters with its line end: the next line's start, or (for a line cut at a joined page) the same line further on.</summary>
        public Position After(long length, bool lineEnd) => lineEnd
            ? new(Offset + length, Line + 1, 1)
            : new(Offset + length, Line, Column + length);
    }

    /// <summary>A scorecard being gathered from a stream: its text (up to the size limit), where it starts, and how long it is.</summary>
    private sealed class Piece(ScorecardParseOptions options)
    {
        private readonly StringBuilder _text = new();
        private Position _at;
        private long _length;

        /// <summary>True when the piece holds a line with text.</summary>
        public bool HasText { get; private set; }

        /// <summary>Adds lines of <paramref name="length"/> characters in the stream (their text is cut short when it is longer than any scorecard).</summary>
        public void Add(string text, string terminator, long length, Position at, bool hasText)
        {
            if (_length == 0) _at = at;
            _length += length;
            HasText |= hasText;
            if (_length <= options.MaxInputLength) _text.Append(text).Append(terminator);
        }

        /// <summary>The piece read, in place in its own text but with the spans of the whole stream; then the piece is empty.</summary>
        public ParseReport Read()
        {
            var span = new SourceSpan((int)_at.Offset, 0, (int)_at.Line, (int)_at.Column);
            ParseReport report;
            if (_length > options.MaxInputLength)
            {
                report = new ParseReport(null, [TooLarge(options, _length, span, " starting here")], options.Rendering) { Span = span with { Length = (int)Math.Min(int.MaxValue, _length) } };
            }
            else
            {
                var text = _text.ToString();
                var input = new SourceInput(text, 0, (int)_at.Line, (int)_at.Column, SourceInput.MayJoin(text, 0));
                var (read, _) = Best(text, input, options, ScorecardGrammar.AtStart(input) ? r => r.Scorecard : r => r.First);
                report = (WithOdd(read, FindOddCharacters(text, 0, text.Length, (int)_at.Line, (int)_at.Column)) with { Span = new SourceSpan(0, text.Length, (int)_at.Line, (int)_at.Column) }).Moved((int)_at.Offset);
            }
            _text.Clear();
            _length = 0;
            HasText = false;
            return report;
        }
    }

    /// <summary>The reading of the scorecard at <paramref name="input"/> in the best rendering, and where it ends.</summary>
    private static (ParseReport Report, IInput Remainder) Best(string text, SourceInput input, ScorecardParseOptions options, Func<Rendering, Parser<ParseReport>> production)
    {
        (ParseReport Report, IInput Remainder)? best = null;
        Rendering[] candidates = options.Rendering == ScorecardRendering.Auto
            ? Rendering.Candidates(text, input.Position, input.Line, input.Column)
            : [Rendering.Of(options.Rendering)];
        foreach (var rendering in candidates)
        {
            var result = production(rendering)(input);
            if (best is null || Errors(result.Value) < Errors(best.Value.Report)) best = (result.Value, result.Remainder);
            if (result.Value.IsValid) break;
        }
        return best!.Value;
    }

    private static int Errors(ParseReport report) => report.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error) + (report.Paper is null ? 1 : 0);

    private static ParseReport WithOdd(ParseReport report, IReadOnlyList<Diagnostic> odd) =>
        odd.Count == 0 ? report : new ParseReport(report.Paper, [.. report.Diagnostics.Concat(odd).OrderBy(d => d.Span.Offset)], report.Rendering) { Span = report.Span };

    private static Diagnostic TooLarge(ScorecardParseOptions options, long length, SourceSpan at, string where) =>
        new(DiagnosticCodes.InputTooLarge, DiagnosticSeverity.Error,
            string.Create(CultureInfo.InvariantCulture, $"expected a scorecard of at most {options.MaxInputLength:N0} characters (ScorecardParseOptions.MaxInputLength), found one of {length:N0}{where}"),
            at, "it was not read");

    /// <summary>True when only spaces, tabs and line ends are left from <paramref name="start"/>: blank lines, as the grammar counts them.</summary>
    private static bool IsBlank(string text, int start) => text.AsSpan(start).IndexOfAnyExcept(" \t\r\n") < 0;

    /// <summary>
    /// The stream's lines as <see cref="SourceLine"/> sees them: each with its terminator (LF, CRLF or CR,
    /// none for the last), and a line cut where a joined page's notice begins on it (<see cref="SourceLine.JoinedAt(ReadOnlySpan{char})"/>).
    /// </summary>
    private static IEnumerable<(string Text, string Terminator, long Length)> LogicalLines(LineReader lines)
    {
        while (lines.Next(out var text, out var terminator, out var length))
        {
            int joined;
            while ((joined = SourceLine.JoinedAt(text)) >= 0)
            {
                yield return (text[..joined], "", joined);
                text = text[joined..];
                length -= joined;
            }
            yield return (text, terminator, length);
        }
    }

    /// <summary>Reads lines with their terminators (LF, CRLF or CR) from a reader, in blocks; a byte order mark that starts the stream is skipped.</summary>
    private sealed class LineReader(TextReader reader, long longest)
    {
        private bool _started;

        /// <summary>True when the stream started with a byte order mark (U+FEFF), which was skipped.</summary>
        public bool SkippedByteOrderMark { get; private set; }

        private readonly char[] _buffer = new char[16 * 1024];
        private readonly StringBuilder _line = new();
        private int _position;
        private int _count;

        /// <summary>
        /// The next line: its text (no more than <c>longest</c> characters of it), its terminator, and its
        /// length in the stream with the terminator. False at the end of the stream.
        /// </summary>
        public bool Next(out string text, out string terminator, out long length)
        {
            _line.Clear();
            length = 0;
            while (true)
            {
                if (_position == _count && !Fill())
                {
                    text = _line.ToString();
                    terminator = "";
                    return length > 0;
                }

                var span = _buffer.AsSpan(_position, _count - _position);
                var end = span.IndexOfAny('\n', '\r');
                var part = end < 0 ? span : span[..end];
                if (_line.Length < longest) _line.Append(part[..(int)Math.Min(part.Length, longest - _line.Length)]);
                length += part.Length;
                if (end < 0)
                {
                    _position = _count;
                    continue;
                }

                _position += end + 1;
                text = _line.ToString();
                if (span[end] == '\n')
                {
                    terminator = "\n";
                }
                else if ((_position < _count || Fill()) && _buffer[_position] == '\n')
                {
                    _position++;
                    terminator = "\r\n";
                }
                else
                {
                    terminator = "\r";
                }
                length += terminator.Length;
                return true;
            }
        }

        private bool Fill()
        {
            _count = reader.Read(_buffer, 0, _buffer.Length);
            _position = 0;
            if (!_started && _count > 0)
            {
                _started = true;
                if (_buffer[0] == '\uFEFF')
                {
                    SkippedByteOrderMark = true;
                    _position = 1;
                    if (_count == 1) return Fill();
                }
            }
            return _count > 0;
        }
    }
}
