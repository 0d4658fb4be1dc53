using System.Text.Unicode;

namespace GillRepro.Parsing;

/// <summary>
/// A stream's bytes as text, read as <see cref="TextDecoder"/> reads a file's: UTF-8, or UTF-16 where a
/// byte order mark says so (a byte order mark is kept as U+FEFF, which the grammar passes over). Nothing
/// seeks, so a pipe, a FIFO and standard input read as a file does.
/// <para>
/// Bytes that are not UTF-8 in text that is otherwise (a stray Latin-1 letter in one page of many) are
/// read as U+FFFD, and each scorecard that holds one is reported with a GR005 error at the first
/// (<see cref="Mark"/>): it alone fails, the pages around it are read. Bytes that make the whole input
/// look like something other than UTF-8 text (a binary file, UTF-16 without its byte order mark) end the
/// text where they stand; <see cref="Problem"/> then says where (line and column in the text, byte in the
/// stream) and what they seem to be.
/// </para>
/// </summary>
internal sealed class DecodingReader(Stream stream) : TextReader
{
    private readonly byte[] _bytes = new byte[64 * 1024];
    private readonly char[] _chars = new char[64 * 1024];
    private int _byteCount;
    private long _bytesBefore;
    private int _charCount;
    private int _charPosition;
    private bool _started;
    private bool _ended;
    private TextPosition _position = new();
    private string? _utf16;
    private int _utf16Position;
    private byte[]? _sample;

    /// <summary>Where the bytes stopped being text, once the reader has come to it; null while they are all text.</summary>
    public Diagnostic? Problem { get; private set; }

    /// <summary>Each place where bytes that are not UTF-8 were read as U+FFFD, not yet given to a report, in order.</summary>
    private readonly Queue<Diagnostic> _replaced = new();

    /// <summary>
    /// The report with a GR005 error at the first byte that is not UTF-8 in the text it covers (or in the
    /// text passed over before it), saying how many more there are; the report as it is when there is none.
    /// </summary>
    public ParseReport Mark(ParseReport report)
    {
        var end = (long)report.Span.Offset + report.Span.Length;
        if (_replaced.Count == 0 || _replaced.Peek().Span.Offset >= end) return report;
        var first = _replaced.Dequeue();
        var more = 0;
        while (_replaced.Count > 0 && _replaced.Peek().Span.Offset < end)
        {
            _replaced.Dequeue();
            more++;
        }
        return report.With(more == 0 ? first : new Diagnostic(first.Code, first.Severity,
            first.Message + string.Create(System.Globalization.CultureInfo.InvariantCulture, $" ({more} more such {(more == 1 ? "sequence" : "sequences")} in this scorecard)"),
            first.Span, first.Recovery));
    }

    /// <summary>The bytes that are not UTF-8 after the last scorecard, as one GR005 error at the first; null when there are none.</summary>
    public Diagnostic? Rest()
    {
        if (_replaced.Count == 0) return null;
        var first = _replaced.Dequeue();
        _replaced.Clear();
        return first;
    }

    public override int Read(char[] buffer, int index, int count)
    {
        if (_utf16 is not null)
        {
            var left = Math.Min(count, _utf16.Length - _utf16Position);
            _utf16.CopyTo(_utf16Position, buffer, index, left);
            _utf16Position += left;
            return left;
        }
        if (_charPosition == _charCount && !Fill()) return 0;
        // The first fill may have found UTF-16, read whole: it is read from there.
        if (_utf16 is not null) return Read(buffer, index, count);
        var n = Math.Min(count, _charCount - _charPosition);
        Array.Copy(_chars, _charPosition, buffer, index, n);
        _charPosition += n;
        return n;
    }

    private bool Fill()
    {
        _charPosition = _charCount = 0;
        while (_charCount == 0 && !_ended)
        {
            var more = Top();
            if (!_started)
            {
                _started = true;
                _sample = _bytes.AsSpan(0, Math.Min(_byteCount, 4096)).ToArray();
                // UTF-16 is rare and small: it is read whole, and decoded as a file is; without its byte order
                // mark, it is refused as a file is (its zero bytes would otherwise read as U+0000).
                if (_bytes.AsSpan(0, _byteCount) is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..] || (_sample.AsSpan().IndexOf((byte)0) >= 0 && TextDecoder.LookOf(_sample) is TextDecoder.Look.Utf16LittleEndian or TextDecoder.Look.Utf16BigEndian))
                {
                    ReadUtf16();
                    return _utf16!.Length > 0;
                }
            }

            var status = Utf8.ToUtf16(_bytes.AsSpan(0, _byteCount), _chars, out var used, out _charCount, replaceInvalidSequences: false, isFinalBlock: !more);
            _position.Advance(_chars.AsSpan(0, _charCount));
            if (status == System.Buffers.OperationStatus.InvalidData)
            {
                var look = TextDecoder.LookOf(_sample);
                if (TextDecoder.IsNotText(look))
                {
                    Problem = TextDecoder.NotText("UTF-8", _bytes[used], _bytesBefore + used, TextDecoder.Describe(look), [], "the rest is not read", _position);
                    _ended = true;
                    break;
                }
                // A stray byte: read as U+FFFD (one for the longest sequence that is not UTF-8), and reported with its scorecard.
                _replaced.Enqueue(TextDecoder.NotText("UTF-8", _bytes[used], _bytesBefore + used, TextDecoder.Guess(_bytes.AsSpan(0, _byteCount), 0), [],
                    "read as U+FFFD", _position));
                System.Text.Rune.DecodeFromUtf8(_bytes.AsSpan(used, _byteCount - used), out _, out var invalid);
                _chars[_charCount++] = '\uFFFD';
                _position.Advance("\uFFFD");
                used += Math.Max(1, invalid);
            }
            // What was not used (a character cut by the block's end) starts the next block.
            _bytes.AsSpan(used, _byteCount - used).CopyTo(_bytes);
            _bytesBefore += used;
            _byteCount -= used;
            if (!more && _byteCount == 0) _ended = true;
        }
        return _charCount > 0;
    }

    /// <summary>Fills the byte block from the stream; false when the stream has ended.</summary>
    private bool Top()
    {
        while (_byteCount < _bytes.Length)
        {
            var n = stream.Read(_bytes, _byteCount, _bytes.Length - _byteCount);
            if (n == 0) return false;
            _byteCount += n;
            if (_byteCount >= 4) break;
        }
        return true;
    }

    private void ReadUtf16()
    {
        using var all = new MemoryStream();
        all.Write(_bytes, 0, _byteCount);
        stream.CopyTo(all);
        if (TextDecoder.TryDecode(all.GetBuffer().AsSpan(0, (int)all.Length), out var text, out var problem))
        {
            _utf16 = text;
        }
        else
        {
            _utf16 = "";
            Problem = problem;
        }
        _ended = true;
    }
}
