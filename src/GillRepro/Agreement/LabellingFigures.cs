namespace GillRepro.Agreement;

/// <summary>The Index's group figures over the compared papers, as one labelling gives them.</summary>
public sealed record LabellingFigures
{
    internal LabellingFigures(string labelling, GroupScore score)
    {
        Labelling = labelling;
        Score = score;
    }

    /// <summary>The labelling's name.</summary>
    public string Labelling { get; }

    /// <summary>Its figures: both shared, mean R with its interval, mean D, each variable's share of Yes.</summary>
    public GroupScore Score { get; }
}
