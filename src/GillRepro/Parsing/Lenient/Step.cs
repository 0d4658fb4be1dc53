namespace GillRepro.Parsing.Lenient;

/// <summary>What a lenient parser read: a value (or the fallback) and the problem it met, if any.</summary>
internal readonly record struct Step<T>(T Value, Diagnostic? Problem);

/// <summary>One line of a lenient table: the row it kept (if any), where its cells stand, and its diagnostics.</summary>
internal sealed record RowStep(Variable? Variable, SourceSpan Name, SourceSpan Row, IReadOnlyList<Diagnostic> Problems)
{
    public static readonly RowStep Nothing = new(null, default, default, []);
}
