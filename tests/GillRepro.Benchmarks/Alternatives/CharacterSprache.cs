using Sprache;
using Result = GillRepro.Model.Result;

namespace GillRepro.Benchmarks.Alternatives;

/// <summary>
/// The same scorecard grammar in the common character-by-character Sprache style: <c>CharExcept(...)
/// .Many().Text()</c> for every field and LINQ queries to sequence them. It builds the same records
/// (without source positions), to show what GillRepro's line-granular style buys.
/// </summary>
public static class CharacterSprache
{
    private static readonly Parser<string> LineEnd = Parse.String("\r\n").Or(Parse.String("\n")).Text();

    private static readonly Parser<string> RestOfLine = Parse.CharExcept("\r\n").Many().Text();

    private static readonly Parser<string> Notice =
        from prefix in Parse.String("Notice:").Text()
        from rest in RestOfLine
        from end in LineEnd
        select prefix + rest;

    private static readonly Parser<string> Title =
        from title in RestOfLine
        from end in LineEnd
        select title;

    private static readonly Parser<string> Author = Parse.CharExcept(",\r\n").Many().Text();

    private static readonly Parser<IEnumerable<string>> Authors =
        from prefix in Parse.String("Authors: ")
        from names in Author.DelimitedBy(Parse.String(", "))
        from end in LineEnd
        select names;

    private static readonly Parser<string> Label =
        from space in Parse.Char(' ').Many()
        from bar in Parse.Char('|')
        from label in Parse.CharExcept("|\r\n").Many().Text()
        select label.Trim();

    private static readonly Parser<(Venue Venue, IEnumerable<string> Links)> VenueLine =
        from name in Parse.CharExcept(" \r\n").Many().Text()
        from space in Parse.Char(' ')
        from year in Parse.Digit.Repeat(4).Text()
        from links in Label.Many()
        from end in LineEnd
        select (new Venue(name, int.Parse(year, System.Globalization.CultureInfo.InvariantCulture)), links);

    private static readonly Parser<string> Header =
        from header in Parse.String("| Reproducibility Variable | Result | LLM Response |")
        from end in LineEnd
        from separator in Parse.String("|---|---|---|")
        select "";

    private static readonly Parser<string> Cell =
        from text in Parse.CharExcept("|\r\n").Many().Text()
        from bar in Parse.Char('|')
        select text.Trim();

    private static readonly Parser<Variable> Row =
        from end in LineEnd
        from open in Parse.Char('|')
        from name in Cell
        from result in Cell
        from evidence in RestOfLine
        select new Variable(name, new Result(result), new Evidence(evidence.EndsWith(" |", StringComparison.Ordinal) ? evidence[1..^2] : evidence));

    private static readonly Parser<Paper> Document =
        from notice in Notice.Optional()
        from title in Title
        from authors in Authors
        from venue in VenueLine
        from header in Header
        from rows in Row.Many()
        from end in Parse.WhiteSpace.Many().End()
        select new Paper(notice.GetOrDefault(), title, [.. authors], venue.Venue, [.. venue.Links], [.. rows]);

    public static Paper Read(string text) => Document.Parse(text);
}
