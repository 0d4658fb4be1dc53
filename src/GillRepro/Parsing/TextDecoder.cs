using System.Globalization;
using System.Text;

namespace GillRepro.Parsing;

/// <summary>
/// Bytes into scorecard text: UTF-8, or UTF-16 where a byte order mark says so. A byte order mark is kept
/// as U+FEFF at the start of the text (the parser passes over it; it counts as one character in offsets).
/// Bytes that are not text are reported with their line and column in UTF-16 code units, like every
/// other span, and with a guess at the encoding they are in.
/// </summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding Utf16Le = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding Utf16Be = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out Diagnostic? problem)
    {
        var (encoding, name, skip) = bytes switch
        {
            [0xFF, 0xFE, ..] => ((Encoding)Utf16Le, "UTF-16 (little-endian, as its byte order mark says)", 2),
            [0xFE, 0xFF, ..] => (Utf16Be, "UTF-16 (big-endian, as its byte order mark says)", 2),
            _ => (Utf8, "UTF-8", 0),
        };
        var body = bytes[skip..];
        try
        {
            text = skip > 0 ? "\uFEFF" + encoding.GetString(body) : encoding.GetString(body);
            problem = null;
            return true;
        }
        catch (DecoderFallbackException e)
        {
            // Where the first byte that is not text stands, and the text before it, which decodes.
            var (bad, before) = encoding is UnicodeEncoding
                ? FirstLoneUnit(body, bigEndian: ReferenceEquals(encoding, Utf16Be))
                : (Math.Clamp(e.Index, 0, Math.Max(0, body.Length - 1)), encoding.GetString(body[..Math.Clamp(e.Index, 0, body.Length)]));
            if (skip > 0) before = "\uFEFF" + before;
            text = "";
            problem = NotText(name, bytes[skip + bad], skip + bad, Guess(bytes, skip), before, "nothing was read");
            return false;
        }
    }

    /// <summary>
    /// GR005: bytes that are not text, at the end of <paramref name="before"/>, the text read before them
    /// (or the end of a stream's text read so far: <paramref name="position"/> then says where that is).
    /// </summary>
    internal static Diagnostic NotText(string encoding, byte found, long offset, string guess, ReadOnlySpan<char> before, string recovery, TextPosition position = default)
    {
        if (position.Line == 0) position = new TextPosition();
        position.Advance(before);
        return new Diagnostic(DiagnosticCodes.NotText, DiagnosticSeverity.Error,
            string.Create(CultureInfo.InvariantCulture, $"expected {encoding} text, found the byte 0x{found:X2} (byte {offset} of the input){guess}"),
            new SourceSpan((int)Math.Min(int.MaxValue, position.Offset), 1, position.Line, position.Column), recovery);
    }

    /// <summary>The byte offset of the first UTF-16 code unit that is not text (a surrogate without its pair, or a lone last byte), and the text before it.</summary>
    private static (int Offset, string Before) FirstLoneUnit(ReadOnlySpan<byte> body, bool bigEndian)
    {
        var units = new char[body.Length / 2];
        for (var i = 0; i < units.Length; i++)
        {
            units[i] = bigEndian ? (char)((body[2 * i] << 8) | body[2 * i + 1]) : (char)(body[2 * i] | (body[2 * i + 1] << 8));
        }
        var k = 0;
        while (k < units.Length)
        {
            if (char.IsHighSurrogate(units[k]) && k + 1 < units.Length && char.IsLowSurrogate(units[k + 1])) k += 2;
            else if (char.IsSurrogate(units[k])) break;
            else k++;
        }
        return (2 * k, new string(units, 0, k));
    }

    /// <summary>
    /// What the bytes seem to be, when they are not what was tried: a binary file by its first bytes or its
    /// many control bytes, UTF-16 without its byte order mark by the zero bytes between ASCII letters, else a
    /// single-byte encoding.
    /// </summary>
    internal static string Guess(ReadOnlySpan<byte> bytes, int skip)
    {
        if (skip > 0) return "";
        var sample = bytes[..Math.Min(bytes.Length, 4096)];
        if (sample.StartsWith("\u007FELF"u8) || sample.StartsWith("%PDF"u8) || sample.StartsWith("PK\u0003\u0004"u8) || sample.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47])
            || sample.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B]) || sample.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return "; it looks like a binary file (an executable, a PDF, an image or an archive), not text";
        }
        int controls = 0, high = 0;
        int[] zeros = [0, 0];
        for (var i = 0; i < sample.Length; i++)
        {
            var b = sample[i];
            if (b == 0) zeros[i % 2]++;
            else if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r')) controls++;
            else if (b >= 0x80) high++;
        }
        // UTF-16 of Latin text: a zero in every other byte, and (nearly) none in the others; a binary file
        // has zeros in both.
        var half = Math.Max(1, sample.Length / 2);
        if (zeros[1] * 10 >= half * 7 && zeros[0] * 10 <= half) return "; it looks like UTF-16 (little-endian) without a byte order mark: save it as UTF-8";
        if (zeros[0] * 10 >= half * 7 && zeros[1] * 10 <= half) return "; it looks like UTF-16 (big-endian) without a byte order mark: save it as UTF-8";
        if ((controls + zeros[0] + zeros[1]) * 20 > sample.Length || high * 3 > sample.Length)
            return "; it looks like a binary file, not text";
        return "; it looks like a single-byte encoding such as Latin-1 or Windows-1252: save it as UTF-8";
    }
}
