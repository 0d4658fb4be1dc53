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
        if (!r1.WasSuccessful) return SpracheResult.Failure<TResult>(r1.Remainder, r1.Message, r1.Expectations);
        var r2 = second(r1.Remainder);
        if (!r2.WasSuccessful) return SpracheResult.Failure<TResult>(r2.Remainder, r2.Message, r2.Expectations);
        return SpracheResult.Success(combine(r1.Value, r2.Value), r2.Remainder);
    };

    public static Parser<TResult> Sequence<T1, T2, T3, TResult>(
        Parser<T1> first, Parser<T2> second, Parser<T3> third, Func<T1, T2, T3, TResult> combine) =>
        Sequence(Sequence(first, second, static (a, b) => (a, b)), third, (ab, c) => combine(ab.a, ab.b, c));

    public static Parser<TResult> Sequence<T1, T2, T3, T4, TResult>(
        Parser<T1> first, Parser<T2> second, Parser<T3> third, Parser<T4> fourth, Func<T1, T2, T3, T4, TResult> combine) =>
        Sequence(Sequence(first, second, third, static (a, b, c) => (a, b, c)), fourth, (abc, d) => combine(abc.a, abc.b, abc.c, d));

    /// <summary>The parser's value, or null, reading nothing, where it fails (Sprache's <c>Optional</c> without the option object).</summary>
    public static Parser<T?> OrNull<T>(this Parser<T> parser) where T : class => input =>
    {
        var result = parser(input);
        return result.WasSuccessful
            ? SpracheResult.Success<T?>(result.Value, result.Remainder)
            : SpracheResult.Success<T?>(null, input);
    };
}
