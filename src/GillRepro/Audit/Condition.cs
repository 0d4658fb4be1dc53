using System.Text.RegularExpressions;

namespace GillRepro.Audit;

/// <summary>
/// What a rule looks for in an evidence, composed as data: a pattern it has, a pattern or a fact it lacks,
/// or all of several. <see cref="Holds"/> gives the quote that made it hold, or null.
/// </summary>
internal abstract record Condition
{
    public abstract string? Holds(AuditText text);

    public static Condition Has(Regex pattern) => new HasPattern(pattern);

    public static Condition Lacks(Regex pattern) => new LacksPattern(pattern);

    public static Condition Lacks(Func<AuditText, bool> fact) => new LacksFact(fact);

    public static Condition Empty { get; } = new IsEmpty();

    public Condition And(Condition other) => new Both(this, other);

    private sealed record HasPattern(Regex Pattern) : Condition
    {
        public override string? Holds(AuditText text) => Pattern.Match(text.Text) is { Success: true } match ? Sentence(text.Text, match) : null;
    }

    private sealed record LacksPattern(Regex Pattern) : Condition
    {
        public override string? Holds(AuditText text) => text.Text.Length > 0 && !Pattern.IsMatch(text.Text) ? text.Start : null;
    }

    private sealed record LacksFact(Func<AuditText, bool> Fact) : Condition
    {
        public override string? Holds(AuditText text) => text.Text.Length > 0 && !Fact(text) ? text.Start : null;
    }

    private sealed record IsEmpty : Condition
    {
        public override string? Holds(AuditText text) => string.IsNullOrWhiteSpace(text.Text) ? "" : null;
    }

    /// <summary>Both hold: the quote of the one that found words, else the first's.</summary>
    private sealed record Both(Condition First, Condition Second) : Condition
    {
        public override string? Holds(AuditText text)
        {
            if (First.Holds(text) is not { } first || Second.Holds(text) is not { } second) return null;
            return first == text.Start ? second : first;
        }
    }

    /// <summary>The sentence holding a match, at most 300 characters around it.</summary>
    private static string Sentence(string text, Match match)
    {
        var start = match.Index;
        while (start > 0 && start > match.Index - 200 && !(text[start - 1] is '.' or '!' or '?' && start < text.Length && text[start] == ' ')) start--;
        var end = match.Index + match.Length;
        while (end < text.Length && end < match.Index + match.Length + 200 && !(text[end] is '.' or '!' or '?' && (end + 1 == text.Length || text[end + 1] == ' '))) end++;
        if (end < text.Length) end++;
        return text[start..end].Trim();
    }
}
