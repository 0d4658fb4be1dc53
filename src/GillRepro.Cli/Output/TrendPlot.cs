using System.Globalization;
using ScottPlot;

namespace GillRepro.Cli.Output;

/// <summary>
/// The paper's trend picture: per year, the percent of empirical papers sharing both code and data and
/// the inferred reproducibility rate with its 95% band (bold), and each documentation variable's percent
/// Yes (thin, open markers); one axis in percent, a legend beside it. A line joins consecutive years only:
/// a year without papers is a gap, not a straight line drawn across it. Colours are Okabe and Ito's
/// palette, which stays apart for colour-blind readers; mean R is vermillion, and no variable is near it.
/// </summary>
internal static class TrendPlot
{
    public const int Width = 1200;
    public const int Height = 700;

    // Okabe–Ito, without vermillion (mean R) and black (both shared); grey for the seventh.
    private static readonly Color[] VariableColors =
    [
        OkabeIto.Blue, OkabeIto.Orange, OkabeIto.BluishGreen, OkabeIto.SkyBlue, OkabeIto.ReddishPurple, OkabeIto.Yellow, OkabeIto.Grey,
    ];

    public static void Save(CorpusSummary byYear, string path, TrendSeries series, string? title = null, (int Width, int Height)? size = null)
    {
        var plot = Build(byYear, series, title);
        var (width, height) = size ?? (Width, Height);
        Pictures.Save(plot, path, width, height);
    }

    /// <summary>The picture as SVG markup to place inline in a page.</summary>
    public static string Svg(CorpusSummary byYear, TrendSeries series, string? title, int width, int height) =>
        Pictures.InlineSvg(Build(byYear, series, title), width, height);

    private static Plot Build(CorpusSummary byYear, TrendSeries series, string? title)
    {
        var groups = byYear.Groups.Where(g => g.Score.EmpiricalPapers > 0).ToArray();
        var years = groups.Select(g => g.Key.Year ?? throw new ArgumentException("The trend is drawn from a summary by year.", nameof(byYear))).ToArray();

        var plot = new Plot();
        plot.Title(title ?? $"Open science in {byYear.Papers:N0} AI papers: sharing and inferred reproducibility per year");
        plot.XLabel("Year");
        plot.YLabel("Percent of empirical papers");

        if (series.Rate)
        {
            var runs = Runs(years);
            foreach (var run in runs)
            {
                if (run.Length == 1)
                {
                    // A year alone has no band to fill: its interval is a bar from the low end to the high.
                    var score = groups[run[0]].Score;
                    var bar = plot.Add.Line(years[run[0]], score.ReproducibilityLow * 100, years[run[0]], score.ReproducibilityHigh * 100);
                    bar.Color = OkabeIto.Vermillion.WithAlpha(0.3);
                    bar.LineWidth = 8;
                    bar.LegendText = run == runs[0] ? "Reproducibility rate, 95% interval" : "";
                    continue;
                }
                var band = plot.Add.FillY([.. run.Select(i => (double)years[i])], [.. run.Select(i => groups[i].Score.ReproducibilityLow * 100)], [.. run.Select(i => groups[i].Score.ReproducibilityHigh * 100)]);
                band.FillColor = OkabeIto.Vermillion.WithAlpha(0.15);
                band.LineColor = Colors.Transparent;
                band.LegendText = run == runs[0] ? "Reproducibility rate, 95% interval" : "";
            }
            Line(plot, years, groups, g => g.MeanReproducibilityScore * 100, OkabeIto.Vermillion, "Inferred reproducibility rate (mean R)", bold: true);
        }
        if (series.Both) Line(plot, years, groups, g => g.BothCodeAndData.Share * 100, Colors.Black, "Sharing both code and data", bold: true);

        var variables = VariableCatalog.Documentation;
        for (var v = 0; v < variables.Count; v++)
        {
            if (!series.Variables.Contains(variables[v].Kind)) continue;
            var index = v;
            Line(plot, years, groups, g => g.Variables[index].Proportion.Share * 100, VariableColors[v], $"{variables[v].Name} (Yes)", bold: false);
        }

        plot.Axes.SetLimitsY(0, 100);
        YearAxis(plot, years);
        return plot;
    }

    /// <summary>The axes every picture per year shares: one tick a year, half a year of margin, large tick labels, the legend on the right.</summary>
    internal static void YearAxis(Plot plot, int[] years)
    {
        if (years.Length > 0) plot.Axes.SetLimitsX(years.Min() - 0.5, years.Max() + 0.5);
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        if (years.Length > 0)
        {
            for (var year = years.Min(); year <= years.Max(); year++) ticks.AddMajor(year, year.ToString(CultureInfo.InvariantCulture));
        }
        plot.Axes.Bottom.TickGenerator = ticks;
        plot.Axes.Bottom.TickLabelStyle.FontSize = 14;
        plot.Axes.Left.TickLabelStyle.FontSize = 14;
        plot.ShowLegend(Edge.Right);
    }

    /// <summary>One series: a line through each run of consecutive years, one legend entry.</summary>
    private static void Line(Plot plot, int[] years, SummaryGroup[] groups, Func<GroupScore, double> value, Color color, string legend, bool bold)
    {
        var runs = Runs(years);
        foreach (var run in runs)
        {
            var line = plot.Add.Scatter(run.Select(i => (double)years[i]).ToArray(), run.Select(i => value(groups[i].Score)).ToArray());
            line.Color = color;
            line.LineWidth = bold ? 3 : 1.5f;
            line.MarkerSize = bold ? 7 : 5;
            if (!bold) line.MarkerShape = MarkerShape.OpenCircle;
            line.LegendText = run == runs[0] ? legend : "";
        }
    }

    /// <summary>The indexes of the years in runs of consecutive years: 2014, 2015 and 2023 are two runs.</summary>
    internal static List<int[]> Runs(int[] years)
    {
        var runs = new List<int[]>();
        var start = 0;
        for (var i = 1; i <= years.Length; i++)
        {
            if (i == years.Length || years[i] != years[i - 1] + 1)
            {
                if (i > start) runs.Add([.. Enumerable.Range(start, i - start)]);
                start = i;
            }
        }
        return runs;
    }
}

/// <summary>
/// Which lines the trend picture draws (<c>--series</c>): <c>both</c> (sharing both code and data),
/// <c>rate</c> (mean R with its band), <c>variables</c> (all seven), or variables by abbreviation
/// (<c>OSC</c>, <c>ODS</c>) or name.
/// </summary>
internal sealed record TrendSeries(bool Both, bool Rate, IReadOnlySet<VariableKind> Variables)
{
    public static TrendSeries Default { get; } = new(true, true, VariableCatalog.Documentation.Select(v => v.Kind).ToHashSet());

    public const string Help = "both, rate, variables, or documentation variables by abbreviation (PC, OSC, ODS, DS, HS, SD, ES) or name";

    /// <summary>The series a comma-separated list names, or the first word it does not know.</summary>
    public static TrendSeries? Parse(string text, out string? unknown)
    {
        unknown = null;
        bool both = false, rate = false;
        var variables = new HashSet<VariableKind>();
        foreach (var word in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Equals("both", StringComparison.OrdinalIgnoreCase)) both = true;
            else if (word.Equals("rate", StringComparison.OrdinalIgnoreCase)) rate = true;
            else if (word.Equals("variables", StringComparison.OrdinalIgnoreCase)) variables.UnionWith(Default.Variables);
            else if (VariableCatalog.Documentation.FirstOrDefault(v => v.Abbreviation.Equals(word, StringComparison.OrdinalIgnoreCase) || v.Name.Equals(word, StringComparison.OrdinalIgnoreCase)) is { } variable) variables.Add(variable.Kind);
            else
            {
                unknown = word;
                return null;
            }
        }
        if (!both && !rate && variables.Count == 0)
        {
            unknown = text;
            return null;
        }
        return new TrendSeries(both, rate, variables);
    }
}
