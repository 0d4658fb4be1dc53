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
}
