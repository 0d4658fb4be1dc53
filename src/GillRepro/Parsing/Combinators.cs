using Sprache;
using SpracheResult = Sprache.Result;

namespace GillRepro.Parsing;

/// <summary>
/// Sequencing combinators that, unlike LINQ queries over Sprache parsers, build no closures while
/// parsing: every parser they return is composed once, when the grammar's static fields are set.
/// A failure passes through unchanged, so the innermost line parser's position and message reach the user.
/// </summary>
internal static class Combinators
{
    public static Parser<TResult> Sequence<T1, T2, TResult>(
        Parser<T1> first, Parser<T2> second, Func<T1, T2, TResult> combine) => input =>
    {
        var r1 = first(input);
        if (!r1.WasSuccessful) return Fail<T1, TResult>(r1);
        var r2 = second(r1.Remainder);
        if (!r2.WasSuccessful) return Fail<T2, TResult>(r2);
        return SpracheResult.Success(combine(r1.Value, r2.Value), r2.Remainder);
    };

    public static Parser<TResult> Sequence<T1, T2, T3, TResult>(
        Parser<T1> first, Parser<T2> second, Parser<T3> third, Func<T1, T2, T3, TResult> combine) => input =>
    {
        var r1 = first(input);
        if (!r1.WasSuccessful) return Fail<T1, TResult>(r1);
        var r2 = second(r1.Remainder);
        if (!r2.WasSuccessful) return Fail<T2, TResult>(r2);
        var r3 = third(r2.Remainder);
        if (!r3.WasSuccessful) return Fail<T3, TResult>(r3);
        return SpracheResult.Success(combine(r1.Value, r2.Value, r3.Value), r3.Remainder);
    };

    // Written out, not nested from the two-parser form: every level of nesting costs a result object
    // per parse, and the front matter of every scorecard goes through this one.
    public static Parser<TResult> Sequence<T1, T2, T3, T4, TResult>(
        Parser<T1> first, Parser<T2> second, Parser<T3> third, Parser<T4> fourth, Func<T1, T2, T3, T4, TResult> combine) => input =>
    {
        var r1 = first(input);
        if (!r1.WasSuccessful) return Fail<T1, TResult>(r1);
        var r2 = second(r1.Remainder);
        if (!r2.WasSuccessful) return Fail<T2, TResult>(r2);
        var r3 = third(r2.Remainder);
        if (!r3.WasSuccessful) return Fail<T3, TResult>(r3);
        var r4 = fourth(r3.Remainder);
        if (!r4.WasSuccessful) return Fail<T4, TResult>(r4);
        return SpracheResult.Success(combine(r1.Value, r2.Value, r3.Value, r4.Value), r4.Remainder);
    };

    /// <summary>The parser's value, or null, reading nothing, where it fails (Sprache's <c>Optional</c> without the option object).</summary>
    public static Parser<T?> OrNull<T>(this Parser<T> parser) where T : class => input =>
    {
        var result = parser(input);
        return result.WasSuccessful
            ? SpracheResult.Success<T?>(result.Value, result.Remainder)
            : SpracheResult.Success<T?>(null, input);
    };

    /// <summary>A failure passed on unchanged, as a failure of the combined parser.</summary>
    private static IResult<TResult> Fail<T, TResult>(IResult<T> failed) =>
        SpracheResult.Failure<TResult>(failed.Remainder, failed.Message, failed.Expectations);
}
