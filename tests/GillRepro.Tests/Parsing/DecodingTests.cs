using System.Text;
using GillRepro.Tests.Support;

namespace GillRepro.Tests.Parsing;

/// <summary>Bytes into text: UTF-8, UTF-16 by its byte order mark, and bytes that are not text reported at their place.</summary>
public class DecodingTests
{
    private static readonly string Text = Repository.SeedText;

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-16LE")]
    [InlineData("utf-16BE")]
    public void AByteOrderMarkIsHonouredAndKeptAsOneCharacter(string name)
    {
        var encoding = Encoding.GetEncoding(name) is UTF8Encoding ? new UTF8Encoding(true) : Encoding.GetEncoding(name);
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes(Text)];

        Scorecard.TryDecode(bytes, out var text, out var error).ShouldBeTrue(error?.ToString());

        text.ShouldBe("\uFEFF" + Text);
        Scorecard.Parse(text!).ShouldBe(Scorecard.Parse(Text));
    }

    [Fact]
    public void UTF8WithoutAByteOrderMarkIsRead()
    {
        Scorecard.TryDecode(Encoding.UTF8.GetBytes(Text), out var text, out _).ShouldBeTrue();
        text.ShouldBe(Text);
    }

    [Fact]
    public void ABadByteIsReportedAtItsLineAndItsColumnInUtf16CodeUnits()
    {
        // Line 2 starts with a character outside the Basic Multilingual Plane (two UTF-16 code units,
        // four UTF-8 bytes), then "ab", then a byte that is not UTF-8.
        byte[] bytes = [.. Encoding.UTF8.GetBytes("Title\n𝑥ab"), 0xFF, .. Encoding.UTF8.GetBytes(" rest")];

        Scorecard.TryDecode(bytes, out var text, out var error).ShouldBeFalse();

        text.ShouldBeNull();
        error!.Code.ShouldBe(DiagnosticCodes.NotText);
        (error.Span.Line, error.Span.Column, error.Span.Offset).ShouldBe((2, 5, 10));
        error.Message.ShouldStartWith("expected UTF-8 text, found the byte 0xFF (byte 12 of the input)");
    }

    [Fact]
    public void Utf16WithoutAByteOrderMarkIsNamedAsSuch()
    {
        Scorecard.TryDecode(Encoding.Unicode.GetBytes("Title\nAuthors: A\u00E9\uD800"), out _, out var error).ShouldBeFalse();

        error!.Message.ShouldContain("it looks like UTF-16 (little-endian) without a byte order mark: save it as UTF-8");
    }

    [Fact]
    public void Utf16WithAByteOrderMarkThatIsBrokenIsReportedAsUtf16()
    {
        byte[] bytes = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Title\nab"), 0x00, 0xD8, 0x41, 0x00];

        Scorecard.TryDecode(bytes, out _, out var error).ShouldBeFalse();

        error!.Message.ShouldStartWith("expected UTF-16 (little-endian, as its byte order mark says) text");
        (error.Span.Line, error.Span.Column).ShouldBe((2, 3));
    }

    [Theory]
    [InlineData("utf-16LE")]
    [InlineData("utf-16BE")]
    public void Utf16WithAByteOrderMarkReadsAsAStreamAsItDecodesInMemory(string name)
    {
        var encoding = Encoding.GetEncoding(name);
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes(Text + "\n\n" + Cards.Valid)];

        var reports = Scorecard.ParseMany(new MemoryStream(bytes)).ToList();

        reports.Select(r => r.IsValid).ShouldBe([true, true]);
        reports[0].Paper.ShouldBe(Scorecard.Parse(Text));
        reports[1].Paper.ShouldBe(Scorecard.Parse(Cards.Valid));
    }

    [Fact]
    public void Utf16WithoutAByteOrderMarkIsRefusedAlsoWhereItsZeroBytesWouldDecodeAsUtf8()
    {
        // Latin text in UTF-16 is valid UTF-8 (each zero byte a U+0000): refused by its look, not read as text.
        var bytes = Encoding.Unicode.GetBytes(Text);

        Scorecard.TryDecode(bytes, out _, out var error).ShouldBeFalse();
        error!.Message.ShouldContain("it looks like UTF-16 (little-endian) without a byte order mark: save it as UTF-8");
        var streamed = Scorecard.ParseMany(new MemoryStream(bytes)).ToList();
        streamed.ShouldHaveSingleItem().Paper.ShouldBeNull();
        streamed[0].FirstError!.Message.ShouldContain("without a byte order mark");
    }

    [Fact]
    public void A_stray_byte_in_one_scorecard_of_a_stream_fails_that_scorecard_alone_at_its_place()
    {
        // Three pages; in the second's title a Latin-1 é (0xE9), as an editor saving in the wrong encoding leaves it.
        var second = Cards.Valid.Replace("A Small Paper", "A Small Caf\u00E9 Paper", StringComparison.Ordinal);
        var utf8 = new UTF8Encoding(false);
        var at = utf8.GetByteCount(Text + "\n\n" + second[..second.IndexOf('\u00E9')]);
        byte[] bytes = [.. utf8.GetBytes(Text + "\n\n"), .. Encoding.Latin1.GetBytes(second), .. utf8.GetBytes("\n\n" + Text.Replace("Generating", "Rendering", StringComparison.Ordinal))];

        var reports = Scorecard.ParseMany(new MemoryStream(bytes)).ToList();

        reports.Select(r => r.IsValid).ShouldBe([true, false, true]);
        var error = reports[1].FirstError!;
        error.Code.ShouldBe(DiagnosticCodes.NotText);
        error.Message.ShouldStartWith($"expected UTF-8 text, found the byte 0xE9 (byte {at} of the input); it looks like a single-byte encoding such as Latin-1");
        var before = Text + "\n\n" + second[..second.IndexOf('\u00E9')];
        (error.Span.Line, error.Span.Column, error.Span.Offset).ShouldBe((before.Count(c => c == '\n') + 1, before.Length - before.LastIndexOf('\n'), before.Length));
        error.Recovery.ShouldBe("read as U+FFFD");
        reports[1].Paper!.Title.ShouldBe("A Small Caf\uFFFD Paper");
        reports[2].Paper!.Title.ShouldStartWith("Rendering");
        // In memory the same bytes are not text: TryDecode refuses them whole, and says where.
        Scorecard.TryDecode(bytes, out _, out var whole).ShouldBeFalse();
        whole!.Span.ShouldBe(error.Span);
    }

    [Fact]
    public void A_stray_byte_outside_the_tables_fails_the_scorecard_whose_text_it_is_in()
    {
        // Before the first scorecard: its preamble. After a table: that scorecard's footer, up to the next start.
        var utf8 = new UTF8Encoding(false);
        byte[] preamble = [0xE9, .. utf8.GetBytes("\n\n" + Text + "\n\n" + Cards.Valid)];
        byte[] footer = [.. utf8.GetBytes(Text + "\n\n"), 0xE9, .. utf8.GetBytes("\n\n" + Cards.Valid)];

        Scorecard.ParseMany(new MemoryStream(preamble)).Select(r => (r.IsValid, r.FirstError?.Code)).ShouldBe([(false, DiagnosticCodes.NotText), (true, null)]);
        Scorecard.ParseMany(new MemoryStream(footer)).Select(r => (r.IsValid, r.FirstError?.Code)).ShouldBe([(false, DiagnosticCodes.NotText), (true, null)]);
    }
}
