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

    public static IEnumerable<ParseReport> Split(TextReader reader, ScorecardParseOptions options)
    {
        var lines = new LineReader(reader);
        var document = new StringBuilder();
        var documentOffset = 0L;
        var documentLine = 1;
        var documentLength = 0L;
        var line = 1;
        var state = State.Front;
        var hasText = false;

        while (lines.Next(out var text, out var terminator))
        {
            var trimmed = text.AsSpan().Trim();
            var blank = trimmed.IsEmpty;
            var startsNew = state switch
            {
                State.Front => hasText && ScorecardGrammar.IsNotice(trimmed),
                State.Table => !blank && !IsRow(trimmed),
                _ => !blank,
            };
            var header = IsHeader(trimmed);

            if (startsNew)
            {
                yield return Parse(document, documentLength, documentOffset, documentLine, options);
                documentOffset += documentLength;
                documentLine = line;
                documentLength = 0;
                document.Clear();
                state = State.Front;
                hasText = false;
            }

            if (state == State.Front && header) state = State.Table;
            else if (state == State.Table && blank) state = State.AfterTable;
            hasText |= !blank;

            documentLength += text.Length + terminator.Length;
            if (document.Length + text.Length + terminator.Length <= options.MaxInputLength)
            {
                document.Append(text).Append(terminator);
            }
            if (terminator.Length > 0) line++;
        }

        if (hasText) yield return Parse(document, documentLength, documentOffset, documentLine, options);
    }

    private static bool IsRow(ReadOnlySpan<char> text)
    {
        foreach (var rendering in Rendering.All)
        {
            if (rendering.StartsRow(text)) return true;
        }
        return false;
    }

    private static bool IsHeader(ReadOnlySpan<char> text)
    {
        foreach (var rendering in Rendering.All)
        {
            if (rendering.IsHeader(text)) return true;
        }
        return false;
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
