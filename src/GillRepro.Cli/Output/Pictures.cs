using System.Globalization;
using ScottPlot;

namespace GillRepro.Cli.Output;

/// <summary>Where a plot goes: a PNG or SVG file by its extension, or SVG markup placed inline in a page.</summary>
internal static class Pictures
{
    public static void Save(Plot plot, string path, int width, int height)
    {
        if (path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase)) plot.SaveSvg(path, width, height);
        else plot.SavePng(path, width, height);
    }

    /// <summary>
    /// The plot as SVG markup for a page: without its XML declaration, and with a <c>viewBox</c>, which
    /// ScottPlot does not write; without it a page narrower than the plot (a window, a printed page) cuts
    /// the plot off instead of scaling it.
    /// </summary>
    public static string InlineSvg(Plot plot, int width, int height)
    {
        var svg = plot.GetSvgXml(width, height);
        if (svg.StartsWith("<?xml", StringComparison.Ordinal)) svg = svg[(svg.IndexOf("?>", StringComparison.Ordinal) + 2)..].TrimStart();
        if (svg.Contains("viewBox=", StringComparison.Ordinal)) return svg;
        var tag = svg.IndexOf("<svg", StringComparison.Ordinal) + "<svg".Length;
        return string.Create(CultureInfo.InvariantCulture, $"{svg.AsSpan(0, tag)} viewBox=\"0 0 {width} {height}\"{svg.AsSpan(tag)}");
    }
}
