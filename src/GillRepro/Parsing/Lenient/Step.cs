namespace GillRepro.Parsing.Lenient;

/// <summary>What a lenient parser read: a value (or the fallback) and the problem it met, if any.</summary>
internal readonly record struct Step<T>(T Value, Diagnostic? Problem);
