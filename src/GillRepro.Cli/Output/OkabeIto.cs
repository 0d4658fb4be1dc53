using ScottPlot;

namespace GillRepro.Cli.Output;

/// <summary>
/// The colours of every plot: Okabe and Ito's palette, whose colours stay apart for readers with
/// colour-blindness. One place, so the trend chart, the agreement chart and the report's bars agree.
/// </summary>
internal static class OkabeIto
{
    public static readonly Color Blue = Color.FromHex("#0072B2");
    public static readonly Color Orange = Color.FromHex("#E69F00");
    public static readonly Color BluishGreen = Color.FromHex("#009E73");
    public static readonly Color SkyBlue = Color.FromHex("#56B4E9");
    public static readonly Color ReddishPurple = Color.FromHex("#CC79A7");
    public static readonly Color Vermillion = Color.FromHex("#D55E00");

    /// <summary>Okabe–Ito's yellow (#F0E442) darkened, so a thin line of it shows on white.</summary>
    public static readonly Color Yellow = Color.FromHex("#B8A000");

    public static readonly Color Grey = Color.FromHex("#7F7F7F");
}
