using GillRepro.Cli.Output;
using GillRepro.Tests.Support;
using Shouldly;
using Xunit;

namespace GillRepro.Tests.Cli;

/// <summary>The trend picture: gaps for years without papers, the series asked for, title and size.</summary>
public sealed class TrendPlotTests
{
    [Fact]
    public void Lines_join_consecutive_years_only()
    {
        TrendPlot.Runs([2014, 2015, 2016, 2023]).ShouldBe([[0, 1, 2], [3]]);
        TrendPlot.Runs([2014, 2023]).ShouldBe([[0], [1]]);
        TrendPlot.Runs([]).ShouldBeEmpty();
    }

    [Fact]
    public void Series_title_and_size_are_what_was_asked()
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "trend.svg");

        var (exit, _, error) = Tool.Run("plot", Path.Combine(Corpora.SampleDirectory, "markdown"), "-o", file, "--series", "both,rate,osc", "--title", "Code & data <per year>", "--size", "1000x600", "--quiet");

        exit.ShouldBe(0, error);
        var svg = File.ReadAllText(file);
        svg.ShouldContain("width=\"1000\"");
        svg.ShouldContain("height=\"600\"");
        svg.ShouldContain("Code &amp; data &lt;per year&gt;");
        svg.ShouldContain("Open Source Code (Yes)");
        svg.ShouldNotContain("Pseudocode (Yes)");
        svg.ShouldContain("Sharing both code and data");
    }

    [Theory]
    [InlineData("--series", "both,everything", "--series takes both, rate, variables")]
    [InlineData("--size", "10x10", "--size takes WIDTHxHEIGHT")]
    [InlineData("--size", "wide", "--size takes WIDTHxHEIGHT")]
    public void Bad_plot_options_are_refused_with_exit_2(string option, string value, string message)
    {
        var (exit, _, error) = Tool.Run("plot", Corpora.SampleDirectory, "-o", "x.png", option, value);

        exit.ShouldBe(2);
        error.ShouldContain(message);
    }
}
