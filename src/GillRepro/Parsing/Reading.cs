namespace GillRepro.Parsing;

/// <summary>What a line parser read: a value, and the problems met on its line (none, usually).</summary>
/// <param name="Value">The value; the fallback where the line could not give one.</param>
/// <param name="Problems">The problems, in order on the line.</param>
internal readonly record struct Reading<T>(T Value, Diagnostic[] Problems)
{
    /// <summary>A value read without a problem.</summary>
    public static Reading<T> Clean(T value) => new(value, []);

    /// <summary>A value (or fallback) with one problem.</summary>
    public static Reading<T> With(T value, Diagnostic problem) => new(value, [problem]);
}
