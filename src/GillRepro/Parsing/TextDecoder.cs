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
        // UTF-16 without its byte order mark decodes as UTF-8 (its zero bytes are U+0000): refused by its look.
        if (skip == 0 && body.IndexOf((byte)0) is var zero and >= 0 && LookOf(body) is Look.Utf16LittleEndian or Look.Utf16BigEndian)
        {
            text = "";
            problem = NotText(name, 0, zero, Guess(body, 0), encoding.GetString(body[..zero]), "nothing was read");
            return false;
        }
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

    /// <summary>What bytes that are not the encoding tried seem to be.</summary>
    internal enum Look
    {
        /// <summary>Nothing to say: UTF-16 read by its byte order mark.</summary>
        Unknown,

        /// <summary>An executable, a PDF, an image or an archive, by its first bytes.</summary>
        BinaryFile,

        /// <summary>Many control bytes, or mostly bytes above 0x7F.</summary>
        Binary,

        /// <summary>A zero in every other byte, after the letters.</summary>
        Utf16LittleEndian,

        /// <summary>A zero in every other byte, before the letters.</summary>
        Utf16BigEndian,

        /// <summary>Text with a few bytes above 0x7F that are not UTF-8.</summary>
        SingleByte,
    }

    /// <summary>True when the bytes are not UTF-8 text at all (binary, or UTF-16 without its byte order mark), rather than text with stray bytes.</summary>
    internal static bool IsNotText(Look look) => look is Look.BinaryFile or Look.Binary or Look.Utf16LittleEndian or Look.Utf16BigEndian;

    /// <summary>What a <see cref="Look"/> tells the user, after the byte found.</summary>
    internal static string Describe(Look look) => look switch
    {
        Look.BinaryFile => "; it looks like a binary file (an executable, a PDF, an image or an archive), not text",
        Look.Binary => "; it looks like a binary file, not text",
        Look.Utf16LittleEndian => "; it looks like UTF-16 (little-endian) without a byte order mark: save it as UTF-8",
        Look.Utf16BigEndian => "; it looks like UTF-16 (big-endian) without a byte order mark: save it as UTF-8",
        Look.SingleByte => "; it looks like a single-byte encoding such as Latin-1 or Windows-1252: save it as UTF-8",
        _ => "",
    };

    /// <summary>The text of <see cref="Describe"/> for bytes read from <paramref name="skip"/> on (nothing when a byte order mark chose the encoding).</summary>
    internal static string Guess(ReadOnlySpan<byte> bytes, int skip) => skip > 0 ? "" : Describe(LookOf(bytes));

    /// <summary>
    /// What the bytes seem to be, from their first 4 KB: a binary file by its first bytes or its many
    /// control bytes, UTF-16 without its byte order mark by the zero bytes between ASCII letters, else a
    /// single-byte encoding.
    /// </summary>
    internal static Look LookOf(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 4096)];
        if (sample.StartsWith("\u007FELF"u8) || sample.StartsWith("%PDF"u8) || sample.StartsWith("PK\u0003\u0004"u8) || sample.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47])
            || sample.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B]) || sample.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return Look.BinaryFile;
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
        if (zeros[1] * 10 >= half * 7 && zeros[0] * 10 <= half) return Look.Utf16LittleEndian;
        if (zeros[0] * 10 >= half * 7 && zeros[1] * 10 <= half) return Look.Utf16BigEndian;
        if ((controls + zeros[0] + zeros[1]) * 20 > sample.Length || high * 3 > sample.Length) return Look.Binary;
        return Look.SingleByte;
    }
}
