using GillRepro.Facts;
using ScottPlot;

namespace GillRepro.Cli.Output;

/// <summary>
/// <c>plot --facts</c>: per year, the percent of papers naming each of the most named device models or
/// software (the rest as "other", grey, open markers), or giving a code link, promising code, anonymizing it.
/// A line joins consecutive years only, as in the trend picture; Okabe and Ito's colours.
/// </summary>
internal static class FactPlot
{
    private static readonly Color[] SeriesColors =
    [
        OkabeIto.Blue, OkabeIto.Vermillion, OkabeIto.BluishGreen, OkabeIto.Orange, OkabeIto.ReddishPurple, OkabeIto.SkyBlue, OkabeIto.Yellow, Colors.Black,
    ];

    public static void Save(FactTrend trend, string path, string? title = null, (int Width, int Height)? size = null)
    {
        var (width, height) = size ?? (TrendPlot.Width, TrendPlot.Height);
        Pictures.Save(Build(trend, title), path, width, height);
    }

    /// <summary>The picture as SVG markup to place inline in a page.</summary>
    public static string Svg(FactTrend trend, string? title, int width, int height) => Pictures.InlineSvg(Build(trend, title), width, height);

    private static Plot Build(FactTrend trend, string? title)
    {
        var years = trend.Years.Select(y => y.Year).ToArray();
        var papers = trend.Years.Sum(y => y.Papers);
        var plot = new Plot();
        plot.Title(title ?? trend.Topic switch
        {
            FactTopic.Hardware => $"Devices named in the hardware evidence of {papers:N0} papers, per year",
            FactTopic.Software => $"Software named in the software evidence of {papers:N0} papers, per year",
            _ => $"Code links, promises and anonymized code in {papers:N0} papers, per year",
        });
        plot.XLabel("Year");
        plot.YLabel("Percent of papers");
        var runs = TrendPlot.Runs(years);
        var most = 0.0;
        for (var s = 0; s < trend.Series.Count; s++)
        {
            var index = s;
            var other = trend.Series[s] == FactTrend.Other;
            foreach (var run in runs)
            {
                var values = run.Select(i => trend.Years[i].Shares[index].Share * 100).ToArray();
                most = Math.Max(most, values.DefaultIfEmpty(0).Max());
                var line = plot.Add.Scatter(run.Select(i => (double)years[i]).ToArray(), values);
                line.Color = other ? OkabeIto.Grey : SeriesColors[s % SeriesColors.Length];
                line.LineWidth = 2.5f;
                line.MarkerSize = 6;
                if (other) line.MarkerShape = MarkerShape.OpenCircle;   // not dashed: the SVG canvas cannot draw a dash
                line.LegendText = run == runs[0] ? trend.Series[s] : "";
            }
        }
        plot.Axes.SetLimitsY(0, Math.Min(100, Math.Max(5, most * 1.15)));
        TrendPlot.YearAxis(plot, years);
        return plot;
    }
}
