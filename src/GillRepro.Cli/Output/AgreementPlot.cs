using System.Globalization;
using ScottPlot;

namespace GillRepro.Cli.Output;

/// <summary>
/// How far labellings agree, per variable: horizontal bars of the agreement (for more than two
/// labellings, the share stable across all of them) and of kappa beside it, both on one scale from 0 to 1,
/// each bar labelled with its value; a variable whose kappa is undefined says so instead of drawing 0.
/// The variables read top to bottom in the Index's order. Colours are the Okabe–Ito pair (blue, orange),
/// which stay apart for people with colour-blindness.
/// </summary>
internal static class AgreementPlot
{
    public const int Width = 1100;
    public const int Height = 700;

    /// <summary>A labelling against its reference: agreement and Cohen's kappa.</summary>
    public static void Save(LabellingComparison comparison, string path) =>
        Save([.. comparison.Variables.Select(v => (v.Variable, v.Agreement, v.Kappa))], two: true, path,
            $"{comparison.Labelling} against {comparison.Reference}: agreement per variable ({comparison.Papers:N0} papers)");

    /// <summary>Three or more labellings: the share stable across all of them and Fleiss' kappa.</summary>
    public static void Save(Stability stability, string path) =>
        Save([.. stability.Variables.Select(v => (v.Variable, v.Stable.Share, v.Kappa))], two: false, path,
            $"{stability.Labellings.Count} labellings: stability per variable ({stability.Papers:N0} papers)");

    private static void Save((string Variable, double Share, double? Kappa)[] variables, bool two, string path, string title)
    {
        var plot = new Plot();
        plot.Title(title);

        var bars = new List<Bar>();
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (var i = 0; i < variables.Length; i++)
        {
            // Top to bottom in the Index's order: the first variable highest.
            var y = (variables.Length - 1 - i) * 3.0;
            var share = variables[i].Share;
            bars.Add(new Bar { Position = y + 0.5, Value = share, FillColor = OkabeIto.Blue, Label = share.ToString("0.000", CultureInfo.InvariantCulture) });
            var kappa = variables[i].Kappa;
            bars.Add(new Bar
            {
                Position = y - 0.5,
                Value = kappa ?? 0,
                FillColor = OkabeIto.Orange,
                Label = kappa is { } k ? k.ToString("0.000", CultureInfo.InvariantCulture) : "kappa undefined (one result only)",
            });
            ticks.AddMajor(y, variables[i].Variable);
        }

        var plotted = plot.Add.Bars(bars);
        plotted.Horizontal = true;
        plotted.ValueLabelStyle.FontSize = 13;

        plot.Axes.Left.TickGenerator = ticks;
        var scale = new ScottPlot.TickGenerators.NumericManual();
        for (var tenth = 0; tenth <= 10; tenth++) scale.AddMajor(tenth / 10.0, (tenth / 10.0).ToString("0.0", CultureInfo.InvariantCulture));
        plot.Axes.Bottom.TickGenerator = scale;
        plot.Axes.Left.TickLabelStyle.FontSize = 14;
        plot.Axes.Bottom.TickLabelStyle.FontSize = 14;
        plot.Axes.SetLimitsX(Math.Min(0, bars.Min(b => b.Value) - 0.05), 1.15);
        plot.Axes.SetLimitsY(-1.5, (variables.Length - 1) * 3.0 + 1.5);
        plot.XLabel(two ? "Agreement (share of papers with the same result) and Cohen's kappa" : "Stable (same result in every labelling) and Fleiss' kappa");

        plot.Legend.ManualItems.Add(new LegendItem { LabelText = two ? "Agreement" : "Stable", FillColor = OkabeIto.Blue });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = two ? "Cohen's kappa" : "Fleiss' kappa", FillColor = OkabeIto.Orange });
        plot.ShowLegend(Alignment.LowerRight);

        Pictures.Save(plot, path, Width, Height);
    }
}
