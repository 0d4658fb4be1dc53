using System.Text.Unicode;

namespace GillRepro.Parsing;

/// <summary>
/// A stream's bytes as text, read as <see cref="TextDecoder"/> reads a file's: UTF-8, or UTF-16 where a
/// byte order mark says so (a byte order mark is kept as U+FEFF, which the grammar passes over). Bytes
/// that are not text end the text where they stand; <see cref="Problem"/> then says where (line and
/// column in the text, byte in the stream) and what they seem to be. Nothing seeks, so a pipe, a FIFO and
/// standard input read as a file does.
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
                // UTF-16 is rare and small: it is read whole, and decoded as a file is.
                if (_bytes.AsSpan(0, _byteCount) is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
                {
                    ReadUtf16();
                    return _utf16!.Length > 0;
                }
            }

            var status = Utf8.ToUtf16(_bytes.AsSpan(0, _byteCount), _chars, out var used, out _charCount, replaceInvalidSequences: false, isFinalBlock: !more);
            _position.Advance(_chars.AsSpan(0, _charCount));
            if (status == System.Buffers.OperationStatus.InvalidData)
            {
                Problem = TextDecoder.NotText("UTF-8", _bytes[used], _bytesBefore + used, TextDecoder.Guess(_sample, 0), [], "the rest is not read", _position);
                _ended = true;
            }
            // What was not used (a character cut by the block's end) starts the next block.
            _bytes.AsSpan(used, _byteCount - used).CopyTo(_bytes);
            _bytesBefore += used;
            _byteCount -= used;
            if (!more) _ended = true;
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
