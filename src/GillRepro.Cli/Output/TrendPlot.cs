using ScottPlot;

namespace GillRepro.Cli.Output;

/// <summary>
/// The paper's trend picture: per year, the percent of empirical papers sharing both code and data and
/// the inferred reproducibility rate with its 95% band (bold), and each documentation variable's percent
/// Yes (thin, open markers); one axis in percent, a legend beside it. Points are the years with papers.
/// </summary>
internal static class TrendPlot
{
    public const int Width = 1200;
    public const int Height = 700;

    private static readonly Color[] VariableColors =
    [
        Colors.SteelBlue, Colors.DarkOrange, Colors.SeaGreen, Colors.Purple, Colors.SaddleBrown, Colors.DeepPink, Colors.Gray,
    ];

    public static void Save(CorpusSummary byYear, string path)
    {
        var groups = byYear.Groups.Where(g => g.Score.EmpiricalPapers > 0).ToArray();
        var years = groups.Select(g => double.Parse(g.Key, System.Globalization.CultureInfo.InvariantCulture)).ToArray();

        var plot = new Plot();
        plot.Title($"Open science in {byYear.Papers:N0} AI papers: sharing and inferred reproducibility per year");
        plot.XLabel("Year");
        plot.YLabel("Percent of empirical papers");

        var band = plot.Add.FillY(years,
            [.. groups.Select(g => g.Score.ReproducibilityLow * 100)],
            [.. groups.Select(g => g.Score.ReproducibilityHigh * 100)]);
        band.FillColor = Colors.Crimson.WithAlpha(0.15);
        band.LineColor = Colors.Transparent;
        band.LegendText = "Reproducibility rate, 95% interval";

        var rate = plot.Add.Scatter(years, [.. groups.Select(g => g.Score.MeanReproducibilityScore * 100)]);
        rate.Color = Colors.Crimson;
        rate.LineWidth = 3;
        rate.MarkerSize = 7;
        rate.LegendText = "Inferred reproducibility rate (mean R)";

        var both = plot.Add.Scatter(years, [.. groups.Select(g => g.Score.BothCodeAndDataShare * 100)]);
        both.Color = Colors.Black;
        both.LineWidth = 3;
        both.MarkerSize = 7;
        both.LegendText = "Sharing both code and data";

        var variables = VariableCatalog.Documentation;
        for (var i = 0; i < variables.Count; i++)
        {
            var line = plot.Add.Scatter(years, [.. groups.Select(g => g.Score.Variables[i].Share * 100)]);
            line.Color = VariableColors[i];
            line.LineWidth = 1.5f;
            line.MarkerSize = 5;
            line.MarkerShape = MarkerShape.OpenCircle;
            line.LegendText = $"{variables[i].Name} (Yes)";
        }

        plot.Axes.SetLimitsY(0, 100);
        if (years.Length > 0) plot.Axes.SetLimitsX(years.Min() - 0.5, years.Max() + 0.5);
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        if (years.Length > 0)
        {
            for (var year = (int)years.Min(); year <= (int)years.Max(); year++) ticks.AddMajor(year, year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        plot.Axes.Bottom.TickGenerator = ticks;
        plot.Axes.Bottom.TickLabelStyle.FontSize = 14;
        plot.Axes.Left.TickLabelStyle.FontSize = 14;
        plot.ShowLegend(Edge.Right);

        if (path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase)) plot.SaveSvg(path, Width, Height);
        else plot.SavePng(path, Width, Height);
    }
}
