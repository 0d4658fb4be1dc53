using System.Globalization;
using Fluid;
using Fluid.Values;
using GillRepro.Cli.Output;
using ScottPlot;
using static GillRepro.Cli.Output.Cells;

namespace GillRepro.Cli.Report;

/// <summary>
/// <c>gillrepro report</c>: one self-contained HTML file (docs/cli.md). The page is a Liquid template
/// rendered by Fluid; its styles and script are in the template, its charts are ScottPlot's SVG placed
/// inline, and the papers are embedded once as JSON from which the list, filters and each paper's results
/// are built. Every text from a page is escaped by the template (HTML) or by the JSON encoder.
/// </summary>
internal static class ReportBuilder
{
    private static readonly FluidParser Parser = new();

    private static readonly Lazy<IFluidTemplate> Template = new(() =>
    {
        using var stream = typeof(ReportBuilder).Assembly.GetManifestResourceStream("GillRepro.Cli.Report.report.liquid")
            ?? throw new InvalidOperationException("The report template is missing from the tool.");
        using var reader = new StreamReader(stream);
        return Parser.TryParse(reader.ReadToEnd(), out var template, out var problem) ? template : throw new InvalidOperationException($"The report template does not parse: {problem}");
    });

    /// <summary>Writes the report of <paramref name="papers"/> (each with the file it came from, as the user named it) to <paramref name="writer"/>, as it renders.</summary>
    public static async Task WriteAsync(TextWriter writer, IReadOnlyList<(string File, Paper Paper)> papers, ScoringProfile? profile, string? title, PaperFilter? filter = null)
    {
        var all = GroupScore.Of(papers.Select(p => p.Paper));
        var byYear = CorpusSummary.Of(papers.Select(p => p.Paper), Grouping.Year, profile, SummaryFigures.Facts | SummaryFigures.Audit);
        var hardware = GillRepro.Facts.FactTrend.Of(papers.Select(p => p.Paper), GillRepro.Facts.FactTopic.Hardware);
        var rules = papers.SelectMany(p => GillRepro.Audit.EvidenceAudit.Check(p.Paper)).GroupBy(f => f.Rule).ToDictionary(g => g.Key, g => g.Count());
        var byVenue = CorpusSummary.Of(papers.Select(p => p.Paper), Grouping.Venue, profile);
        var byVenueYear = CorpusSummary.Of(papers.Select(p => p.Paper), Grouping.VenueYear, profile);

        var model = new Dictionary<string, object?>
        {
            ["title"] = title ?? $"Reproducibility of {Thousands(papers.Count)} AI research papers",
            ["filter"] = filter is { KeepsAll: false } ? filter.ToString() : null,
            ["generated"] = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["papers"] = Thousands(all.Papers),
            ["empirical"] = Thousands(all.EmpiricalPapers),
            ["both"] = Thousands(all.BothCodeAndData.Count),
            ["both_percent"] = Fixed(all.BothCodeAndData.Share * 100, 2),
            ["mean_r"] = Fixed(all.MeanReproducibilityScore * 100, 2),
            ["r_low"] = Fixed(all.ReproducibilityLow * 100, 2),
            ["r_high"] = Fixed(all.ReproducibilityHigh * 100, 2),
            ["mean_d"] = Fixed(all.MeanDocumentationScore, 3),
            ["incomplete"] = Thousands(all.IncompletePapers),
            ["years"] = Rows(byYear),
            ["venues"] = Rows(byVenue),
            ["venue_years"] = Rows(byVenueYear),
            ["variables"] = VariableCatalog.Documentation.Select(v => (object?)v.Name).ToList(),
            ["variable_years"] = byYear.Groups.Select(g => (object?)new Dictionary<string, object?>
            {
                ["key"] = g.Key.Text,
                ["shares"] = g.Score.Variables.Select(v => (object?)Fixed(v.Proportion.Share * 100, 2)).ToList(),
            }).ToList(),
            ["trend_svg"] = TrendPlot.Svg(byYear, TrendSeries.Default with { Variables = new HashSet<VariableKind>() }, "Sharing both code and data, and the inferred reproducibility rate", 900, 420),
            ["variables_svg"] = TrendPlot.Svg(byYear, TrendSeries.Default with { Both = false, Rate = false }, "Each documentation variable's percent Yes", 900, 420),
            ["d_svg"] = DistributionSvg(all),
            ["profile"] = profile?.Name,
            ["compliance"] = profile is null ? null : ComplianceRows(byYear).Concat(ComplianceRows(byVenue)).ToList(),
            ["criteria"] = profile?.Criteria.Select(c => (object?)c.Variable).ToList(),
            ["fact_years"] = byYear.Groups.Select(g => (object?)new Dictionary<string, object?>
            {
                ["key"] = g.Key.Text,
                ["papers"] = Thousands(g.Score.Papers),
                ["device"] = Fixed(g.Facts!.NamingDevice.Share * 100, 2),
                ["link"] = Fixed(g.Facts.CodeYesWithLink.Share * 100, 2),
                ["promised"] = Fixed(g.Facts.Promised.Share * 100, 2),
                ["anonymized"] = Fixed(g.Facts.Anonymized.Share * 100, 2),
                ["devices"] = string.Join(", ", g.Facts.Devices.Take(5).Select(d => $"{d.Name} {Fixed(d.Proportion.Share * 100, 1)}%")),
                ["software"] = string.Join(", ", g.Facts.Software.Take(5).Select(d => $"{d.Name} {Fixed(d.Proportion.Share * 100, 1)}%")),
            }).ToList(),
            ["hardware_svg"] = FactPlot.Svg(hardware, "Devices named in the hardware evidence, percent of papers per year", 900, 420),
            ["audit_years"] = byYear.Groups.Select(g => (object?)new Dictionary<string, object?>
            {
                ["key"] = g.Key.Text,
                ["labels"] = Thousands(g.Audit!.Flagged.Total),
                ["flagged"] = Fixed(g.Audit.Flagged.Share * 100, 2),
                ["shares"] = g.Audit.Variables.Select(v => (object?)Fixed(v.Proportion.Share * 100, 2)).ToList(),
            }).ToList(),
            ["audit_rules"] = GillRepro.Audit.EvidenceAudit.Rules.Select(r => (object?)new Dictionary<string, object?>
            {
                ["code"] = r.Code,
                ["variable"] = r.Variable ?? "any",
                ["result"] = r.Result,
                ["message"] = r.Message,
                ["strength"] = Int(r.Strength),
                ["flagged"] = Thousands(rules.GetValueOrDefault(r.Code)),
            }).ToList(),
            ["papers_json"] = ReportPapers.Json(papers),
            ["result_digits"] = ReportPapers.Digits,
            ["variables_json"] = ReportPapers.Names([.. VariableCatalog.All.Select(v => v.Name)]),
        };

        var options = new TemplateOptions();
        var context = new TemplateContext(options);
        foreach (var (key, value) in model) context.SetValue(key, Value(value));
        await Template.Value.RenderAsync(writer, System.Text.Encodings.Web.HtmlEncoder.Default, context).ConfigureAwait(false);
    }

    /// <summary>One row per group: the Index's year-table cells, formatted as <c>gillrepro summary</c> prints them, and their values to sort by.</summary>
    private static List<object?> Rows(CorpusSummary summary) => [.. summary.Groups.Select(g => (object?)new Dictionary<string, object?>
    {
        ["key"] = g.Key.Text,
        ["papers"] = Thousands(g.Score.Papers),
        ["figures"] = IndexFigures(g.Score, thousands: true).Select(f => (object?)f).ToList(),
    })];

    private static IEnumerable<object?> ComplianceRows(CorpusSummary summary) => summary.Groups.Select(g => (object?)new Dictionary<string, object?>
    {
        ["key"] = g.Key.Text,
        ["papers"] = Thousands(g.Compliance!.Compliant.Total),
        ["compliant"] = Thousands(g.Compliance.Compliant.Count),
        ["percent"] = Fixed(g.Compliance.Compliant.Share * 100, 2),
        ["low"] = Fixed((g.Compliance.Compliant.Low ?? 0) * 100, 2),
        ["high"] = Fixed((g.Compliance.Compliant.High ?? 0) * 100, 2),
        ["mean_points"] = Fixed(g.Compliance.MeanPoints, 3),
        ["criteria"] = g.Compliance.Criteria.Select(c => (object?)Fixed(c.Proportion.Share * 100, 2)).ToList(),
    });

    /// <summary>The distribution of D over the empirical papers, as bars.</summary>
    private static string DistributionSvg(GroupScore all) => Pictures.InlineSvg(DistributionPlot(all), 900, 360);

    /// <summary>The bars of <see cref="DistributionSvg"/>, each labelled with its count.</summary>
    internal static Plot DistributionPlot(GroupScore all)
    {
        var plot = new Plot();
        plot.Title("Documentation Score D of the empirical papers");
        var bars = all.DocumentationScoreCounts.Select((count, d) => new Bar { Position = d, Value = count, FillColor = OkabeIto.Blue, Label = Thousands(count) }).ToList();
        plot.Add.Bars(bars);
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (var d = 0; d < all.DocumentationScoreCounts.Count; d++) ticks.AddMajor(d, d.ToString(CultureInfo.InvariantCulture));
        plot.Axes.Bottom.TickGenerator = ticks;
        plot.XLabel("D (documentation variables that are Yes, of 7)");
        plot.YLabel("Empirical papers");
        // Room above the tallest bar for its count: the frame would cut the label off.
        plot.Axes.SetLimitsY(0, Math.Max(1, all.DocumentationScoreCounts.Max()) * 1.15);
        return plot;
    }

    /// <summary>A model value as Fluid's, built without reflection (the tool is compiled ahead of time too).</summary>
    private static FluidValue Value(object? value) => value switch
    {
        null => NilValue.Instance,
        string text => new StringValue(text),
        IReadOnlyDictionary<string, object?> or Dictionary<string, object?> => new DictionaryValue(new FluidValueDictionaryFluidIndexable(
            ((IEnumerable<KeyValuePair<string, object?>>)value).ToDictionary(p => p.Key, p => Value(p.Value)))),
        List<object?> items => new ArrayValue(items.Select(Value).ToArray()),
        _ => throw new ArgumentException($"Not a report value: {value.GetType().Name}", nameof(value)),
    };

}
