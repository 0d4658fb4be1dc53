namespace GillRepro.Parsing;

/// <summary>How to read scorecard text.</summary>
public sealed record ScorecardParseOptions
{
    /// <summary>The default largest input: 1,048,576 characters, about ten times the largest real page (about 110 KB).</summary>
    public const int DefaultMaxInputLength = 1 << 20;

    /// <summary>The defaults: detect the rendering, accept up to <see cref="DefaultMaxInputLength"/> characters.</summary>
    public static ScorecardParseOptions Default { get; } = new();

    /// <summary>The rendering to read; <see cref="ScorecardRendering.Auto"/> detects it.</summary>
    public ScorecardRendering Rendering { get; init; } = ScorecardRendering.Auto;

    /// <summary>The largest input, in characters, that is parsed; a larger one is refused with an error (code GR001), never read.</summary>
    public int MaxInputLength
    {
        get;
        init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxInputLength), value, "The largest input must be at least one character.");
    } = DefaultMaxInputLength;
}
