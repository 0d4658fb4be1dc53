using Sprache;
using SpracheResult = Sprache.Result;

namespace GillRepro.Parsing;

/// <summary>Whether a line's text (without its line end and trailing spaces) is what is wanted.</summary>
internal delegate bool LineTest(ReadOnlySpan<char> text);

/// <summary>Reads one line; returns a value, or a failure that points into the line.</summary>
internal delegate bool LineReader<T>(in SourceLine line, out T value, out LineFailure failure);

/// <summary>
/// Line-granular Sprache primitives. Each reads a whole line by scanning the source string (no
/// per-character <see cref="IInput.Advance"/>), and reports failures with the exact column and a
/// description of what was found there. Built once and kept in static fields.
/// </summary>
internal static class Lines
{
    /// <summary>A parser for the next line, read by <paramref name="reader"/>.</summary>
    /// <param name="expected">What the line should be, for the error at the end of the input.</param>
    /// <param name="reader">Reads the line.</param>
    /// <param name="skipBlankLines">Whether blank lines before the line are passed over.</param>
    public static Parser<T> Line<T>(string expected, LineReader<T> reader, bool skipBlankLines = false) => input =>
    {
        var source = (SourceInput)input;
        var line = SourceLine.At(source.Source, source.Position, source.Line, source.Column);
        if (skipBlankLines) line = line.SkipBlankLines();

        if (line.IsBlank && !line.HasLineEnd)
        {
            return Fail<T>(SourceInput.At(line, line.End), expected, "the end of the input");
        }

        if (!reader(line, out var value, out var failure))
        {
            return Fail<T>(SourceInput.At(line, failure.Offset), failure.Expected, failure.Found);
        }

        return SpracheResult.Success(value, SourceInput.After(line));
    };

    /// <summary>
    /// One or more consecutive lines, each read by <paramref name="reader"/>, in one pass over the
    /// source: the repetition of <see cref="Line{T}"/> without a Sprache input and result per line. It
    /// stops before the first line the reader fails on at that line's first column (the line is not one
    /// of these, and a later parser may read it), and fails where the reader fails further in (the line
    /// is one of these, but broken) or where not even one line was read. The values go into an
    /// <see cref="EntryBuffer{T}"/> that <paramref name="complete"/> receives with the source.
    /// </summary>
    public static Parser<TList> Repeated<T, TList>(string expected, LineReader<T> reader, Func<string, EntryBuffer<T>, TList> complete) where T : struct => input =>
    {
        var source = (SourceInput)input;
        var text = source.Source;
        var items = new EntryBuffer<T>();
        var start = source.Position;
        var number = source.Line;
        var column = source.Column;
        while (true)
        {
            var line = SourceLine.At(text, start, number, column);
            if (line.IsBlank && !line.HasLineEnd)
            {
                if (items.Count > 0) break;
                return Fail<TList>(SourceInput.At(line, line.End), expected, "the end of the input");
            }

            if (!reader(line, out var value, out var failure))
            {
                if (items.Count > 0 && failure.Offset == line.Start) break;
                return Fail<TList>(SourceInput.At(line, failure.Offset), failure.Expected, failure.Found);
            }

            items.Add(value);
            if (!line.HasLineEnd)
            {
                return SpracheResult.Success(complete(text, items), SourceInput.After(line));
            }
            start = line.Next;
            number++;
            column = 1;
        }
        return SpracheResult.Success(complete(text, items), new SourceInput(text, start, number, column));
    };

    /// <summary>A line that <paramref name="matches"/> accepts, as a whole; a failure at its first column otherwise.</summary>
    public static Parser<bool> Match(string expected, LineTest matches, bool skipBlankLines = false) =>
        Line(expected, Reader(expected, matches), skipBlankLines);

    /// <summary>A reader that accepts the lines <paramref name="matches"/> accepts and fails at the first column of any other.</summary>
    public static LineReader<bool> Reader(string expected, LineTest matches) =>
        (in SourceLine line, out bool value, out LineFailure failure) =>
        {
            value = matches(line.Text);
            failure = value ? default : new LineFailure(line.Start, expected, Describe(line.Text));
            return value;
        };

    /// <summary>Blank lines to the end of the input; fails at the first line with text.</summary>
    public static Parser<int> EndOfInput(string expected) => input =>
    {
        var source = (SourceInput)input;
        var text = source.Source;
        var start = source.Position;
        var number = source.Line;
        while (start < text.Length)
        {
            var line = SourceLine.At(text, start, number);
            if (!line.IsBlank)
            {
                return Fail<int>(new SourceInput(text, start, number, 1), expected, Describe(line.Text));
            }
            start = line.Next;
            if (line.HasLineEnd && start < text.Length) number++;
        }
        return SpracheResult.Success(0, new SourceInput(text, text.Length, number, 1));
    };

    /// <summary>A short quotation of the text a parser found, for error messages.</summary>
    public static string Describe(ReadOnlySpan<char> found)
    {
        const int Longest = 40;
        if (found.IsEmpty) return "an empty line";
        return found.Length <= Longest ? $"`{found}`" : $"`{found[..Longest]}…`";
    }

    private static IResult<T> Fail<T>(SourceInput at, string expected, string found) =>
        SpracheResult.Failure<T>(at, found, [expected]);
}
