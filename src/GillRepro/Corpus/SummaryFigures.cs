namespace GillRepro.Corpus;

/// <summary>Which figures a <see cref="CorpusSummary"/> holds beside the Index's scores, which it always holds.</summary>
[Flags]
public enum SummaryFigures
{
    /// <summary>The Index's scores only (and a profile's compliance when one is given).</summary>
    Scores = 0,

    /// <summary>What the evidence says the papers ran on and shared (<see cref="SummaryGroup.Facts"/>).</summary>
    Facts = 1,

    /// <summary>The share of labels the audit flags, per variable (<see cref="SummaryGroup.Audit"/>).</summary>
    Audit = 2,
}
