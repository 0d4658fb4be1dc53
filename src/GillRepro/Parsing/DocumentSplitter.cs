using System.Text;

namespace GillRepro.Parsing;

/// <summary>
/// Splits a text holding many scorecards back to back into one document at a time. A document ends
/// where, after its table has started, a line comes that is no row (the next notice or title), or any
/// text after a blank line below the table; a <c>Notice:</c> line after text always starts a new one.
/// Only the current document is held in memory, and no more of it than the size limit.
/// </summary>
internal static class DocumentSplitter
{
    private enum State
    {
        Front,
        Table,
        AfterTable,
    }

    /// <summary>
    /// The documents of a text already in memory: the same boundaries as a stream's, found with spans.
    /// A text of one document is parsed as it is, with no copy.
    /// </summary>
    public static IEnumerable<ParseReport> Split(string text, ScorecardParseOptions options)
    {
        var boundaries = new Boundaries();
        int documentStart = 0, documentLine = 1;
        var line = SourceLine.At(text, 0, 1);
        while (true)
        {
            if (boundaries.StartsNew(text.AsSpan(line.Start, line.RawEnd - line.Start).Trim()))
            {
                yield return ParseSlice(text, documentStart, line.Start, documentLine, options);
                documentStart = line.Start;
                documentLine = line.Number;
            }
            if (!line.HasLineEnd) break;
            line = SourceLine.At(text, line.Next, line.Number + 1);
        }
        if (boundaries.HasText) yield return ParseSlice(text, documentStart, text.Length, documentLine, options);
    }

    private static ParseReport ParseSlice(string text, int start, int end, int firstLine, ScorecardParseOptions options) =>
        start == 0 && end == text.Length
            ? Scorecard.ParseLenient(text, options)
            : Scorecard.ParseLenient(text[start..end], options).Moved(start, firstLine - 1);

    /// <summary>
    /// Where documents start: a <c>Notice:</c> line after text; once a table has started, a line that is
    /// no row; after the table's blank line, any text. Fed one trimmed line at a time.
    /// </summary>
    private struct Boundaries
    {
        private State _state;

        /// <summary>True when the current document has text.</summary>
        public bool HasText { get; private set; }

        /// <summary>True when <paramref name="trimmed"/> starts a new document; then the state is that of the new one.</summary>
        public bool StartsNew(ReadOnlySpan<char> trimmed)
        {
            var blank = trimmed.IsEmpty;
            var startsNew = _state switch
            {
                State.Front => HasText && ScorecardGrammar.IsNotice(trimmed),
                State.Table => !blank && !Rendering.StartsAnyRow(trimmed),
                _ => !blank,
            };
            if (startsNew)
            {
                _state = State.Front;
                HasText = false;
            }
            if (_state == State.Front && Rendering.IsAnyHeader(trimmed)) _state = State.Table;
            else if (_state == State.Table && blank) _state = State.AfterTable;
            HasText |= !blank;
            return startsNew;
        }
    }

    public static IEnumerable<ParseReport> Split(TextReader reader, ScorecardParseOptions options)
    {
        var lines = new LineReader(reader);
        var document = new StringBuilder();
        var documentOffset = 0L;
        var documentLine = 1;
        var documentLength = 0L;
        var line = 1;
        var boundaries = new Boundaries();

        while (lines.Next(out var text, out var terminator))
        {
            if (boundaries.StartsNew(text.AsSpan().Trim()))
            {
                yield return Parse(document, documentLength, documentOffset, documentLine, options);
                documentOffset += documentLength;
                documentLine = line;
                documentLength = 0;
                document.Clear();
            }

            documentLength += text.Length + terminator.Length;
            if (document.Length + text.Length + terminator.Length <= options.MaxInputLength)
            {
                document.Append(text).Append(terminator);
            }
            if (terminator.Length > 0) line++;
        }

        if (boundaries.HasText) yield return Parse(document, documentLength, documentOffset, documentLine, options);
    }

    private static ParseReport Parse(StringBuilder document, long length, long offset, int firstLine, ScorecardParseOptions options)
    {
        if (length > options.MaxInputLength)
        {
            var span = new SourceSpan((int)Math.Min(offset, int.MaxValue), 0, firstLine, 1);
            var message = $"expected a scorecard of at most {options.MaxInputLength} characters (ScorecardParseOptions.MaxInputLength), found one of {length} starting here";
            return new ParseReport(null, [new Diagnostic(DiagnosticCodes.InputTooLarge, DiagnosticSeverity.Error, message, span, "it was not read")], options.Rendering);
        }

        return Scorecard.ParseLenient(document.ToString(), options).Moved((int)offset, firstLine - 1);
    }

    /// <summary>Reads lines with their terminators (LF, CRLF or CR) from a reader, in blocks.</summary>
    private sealed class LineReader(TextReader reader)
    {
        private readonly char[] _buffer = new char[16 * 1024];
        private readonly StringBuilder _line = new();
        private int _position;
        private int _count;

        public bool Next(out string text, out string terminator)
        {
            _line.Clear();
            while (true)
            {
                if (_position == _count && !Fill())
                {
                    text = _line.ToString();
                    terminator = "";
                    return _line.Length > 0;
                }

                var span = _buffer.AsSpan(_position, _count - _position);
                var end = span.IndexOfAny('\n', '\r');
                if (end < 0)
                {
                    _line.Append(span);
                    _position = _count;
                    continue;
                }

                _line.Append(span[..end]);
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
                return true;
            }
        }

        private bool Fill()
        {
            _count = reader.Read(_buffer, 0, _buffer.Length);
            _position = 0;
            return _count > 0;
        }
    }
}
