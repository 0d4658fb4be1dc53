namespace GillRepro.Tests.Support;

internal static class Spans
{
    /// <summary>The paper without source positions, to compare records read from different renderings.</summary>
    public static Paper WithoutSpans(this Paper paper) =>
        paper with { Variables = [.. paper.Variables.Select(v => v with { Evidence = v.Evidence with { Span = SourceSpan.None } })] };
}
