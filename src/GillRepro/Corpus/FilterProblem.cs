namespace GillRepro.Corpus;

/// <summary>Why a filter could not be made (<see cref="PaperFilter.TryCreate"/>): which part, what was found, and the nearest valid value.</summary>
public sealed record FilterProblem
{
    internal FilterProblem(string part, string found, string? nearest, string message)
    {
        Part = part;
        Found = found;
        Nearest = nearest;
        Message = message;
    }

    /// <summary>Which part of the filter: <c>venue</c>, <c>year</c> or <c>where</c>.</summary>
    public string Part { get; }

    /// <summary>The text that is not valid.</summary>
    public string Found { get; }

    /// <summary>The valid value nearest to it, when one is near; null otherwise.</summary>
    public string? Nearest { get; }

    /// <summary>What was expected and what was found, in one sentence.</summary>
    public string Message { get; }

    /// <inheritdoc />
    public override string ToString() => Message;
}
