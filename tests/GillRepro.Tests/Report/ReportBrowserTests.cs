using System.Globalization;
using System.Text.Json;
using GillRepro.Tests.Support;
using PuppeteerSharp;
using Shouldly;
using Xunit;

namespace GillRepro.Tests.Report;

/// <summary>
/// <c>gillrepro report</c> opened in a real browser: Debian's chromium, driven by PuppeteerSharp (nothing is
/// downloaded; <c>.ci/run</c> installs chromium). The page loads with no console error and no request,
/// its year table is the summary's, a search finds a paper, and hostile titles stay text.
/// </summary>
public sealed class ReportBrowserTests
{
    /// <summary>The browser, or a skip where there is none; under CI a missing browser fails the test instead.</summary>
    private static string Chromium()
    {
        var found = new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" }.FirstOrDefault(File.Exists);
        if (found is null && Environment.GetEnvironmentVariable("CI") == "true") throw new InvalidOperationException("chromium is missing: .ci/run installs it (apt-get install chromium).");
        Skip.If(found is null, "chromium is not installed (apt-get install chromium)");
        return found!;
    }

    private static async Task<(IBrowser Browser, IPage Page, List<string> Problems, List<string> Requests)> Open(string html)
    {
        var browser = await Puppeteer.LaunchAsync(new LaunchOptions { ExecutablePath = Chromium(), Headless = true, Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
        var page = await browser.NewPageAsync();
        await page.SetViewportAsync(new ViewPortOptions { Width = 1280, Height = 900 });
        var problems = new List<string>();
        var requests = new List<string>();
        page.Console += (_, e) => { if (e.Message.Type is ConsoleType.Error or ConsoleType.Warning) problems.Add($"console {e.Message.Type}: {e.Message.Text}"); };
        page.PageError += (_, e) => problems.Add("page error: " + e.Message);
        page.Dialog += async (_, e) => { problems.Add("dialog: " + e.Dialog.Message); await e.Dialog.Dismiss(); };
        page.Request += (_, e) => { if (!e.Request.Url.StartsWith("file:", StringComparison.Ordinal) && !e.Request.Url.StartsWith("data:", StringComparison.Ordinal)) requests.Add(e.Request.Url); };
        await page.GoToAsync(new Uri(html).AbsoluteUri, WaitUntilNavigation.Load);
        return (browser, page, problems, requests);
    }

    [SkippableFact]
    public async Task The_report_loads_offline_its_year_table_is_the_summary_and_a_search_finds_a_paper()
    {
        Chromium();
        using var folder = new TempFolder();
        var markdown = Path.Combine(Repository.CorpusDirectory ?? Corpora.SampleDirectory, "markdown");
        var html = Path.Combine(folder.Path, "report.html");
        var (exit, _, error) = Tool.Run("report", markdown, "-o", html, "--profile", "code-and-data", "--quiet");
        exit.ShouldBe(0, error);
        var summary = JsonDocument.Parse(Tool.Run("summary", markdown, "--by", "year", "--format", "json", "--quiet").Output).RootElement.GetProperty("groups");

        var (browser, page, problems, requests) = await Open(html);
        await using var _ = browser;

        var rows = await page.EvaluateExpressionAsync<string[][]>("Array.from(document.querySelectorAll('#year-table tbody tr')).map(r => Array.from(r.cells).map(c => c.textContent.trim()))");
        rows.Select(r => string.Join(" | ", r)).ShouldBe(summary.EnumerateArray().Select(g => g.GetProperty("score")).Zip(summary.EnumerateArray(), (s, g) => string.Join(" | ",
            g.GetProperty("key").GetProperty("text").GetString(),
            s.GetProperty("empiricalPapers").GetInt32().ToString("N0", CultureInfo.InvariantCulture),
            s.GetProperty("bothCodeAndData").GetProperty("count").GetInt32().ToString("N0", CultureInfo.InvariantCulture),
            (s.GetProperty("bothCodeAndData").GetProperty("share").GetDouble() * 100).ToString("F2", CultureInfo.InvariantCulture),
            (s.GetProperty("meanReproducibilityScore").GetDouble() * 100).ToString("F2", CultureInfo.InvariantCulture),
            s.GetProperty("meanDocumentationScore").GetDouble().ToString("F3", CultureInfo.InvariantCulture))));

        var seed = Scorecard.Parse(Repository.SeedText).Title;   // the GILL paper is in the corpus and the sample
        await page.TypeAsync("#search", seed);
        var titles = await page.EvaluateExpressionAsync<string[]>("Array.from(document.querySelectorAll('#papers-table tbody .paper-title')).map(b => b.textContent)");
        titles.ShouldBe([seed]);
        await page.ClickAsync("#papers-table tbody .paper-title");
        (await page.EvaluateExpressionAsync<string>("document.querySelector('#papers-table .results').textContent")).ShouldContain("Open Source Code");

        // Two artefacts beside the test binaries: the whole page, and the papers with the search and the open paper.
        var screenshot = Path.Combine(AppContext.BaseDirectory, "report-screenshot.png");
        await page.ScreenshotAsync(screenshot, new ScreenshotOptions { FullPage = true });
        new FileInfo(screenshot).Length.ShouldBeGreaterThan(50_000);
        await page.EvaluateExpressionAsync("document.getElementById('paper-list').scrollIntoView()");
        await page.ScreenshotAsync(Path.Combine(AppContext.BaseDirectory, "report-papers.png"));

        problems.ShouldBeEmpty();
        requests.ShouldBeEmpty();
    }

    /// <summary>A report of the checked-in sample, made once per test into <paramref name="folder"/>.</summary>
    private static string SampleReport(TempFolder folder)
    {
        var html = Path.Combine(folder.Path, "report.html");
        var (exit, _, error) = Tool.Run("report", Path.Combine(Corpora.SampleDirectory, "markdown"), "-o", html, "--profile", "code-and-data", "--quiet");
        exit.ShouldBe(0, error);
        return html;
    }

    /// <summary>A NeurIPS paper of the sample, the first by file name.</summary>
    private static Paper SamplePaper() => Scorecard.Parse(File.ReadAllText(
        Directory.EnumerateFiles(Path.Combine(Corpora.SampleDirectory, "markdown", "NeurIPS-2023"), "*.md").Order(StringComparer.Ordinal).First()));

    /// <summary>What has the focus: its id, else its tag and class, else its text.</summary>
    private const string Focused = "(e => e.id || (e.tagName.toLowerCase() + (e.className ? '.' + e.className : '')))(document.activeElement)";

    /// <summary>Presses Tab until <paramref name="selector"/> has the focus; fails when a whole round of the page does not reach it.</summary>
    private static async Task TabTo(IPage page, string selector)
    {
        var seen = new List<string>();
        for (var i = 0; i < 400; i++)
        {
            if (await page.EvaluateExpressionAsync<bool>($"document.activeElement.matches({JsonSerializer.Serialize(selector)})")) return;
            await page.Keyboard.PressAsync("Tab");
            seen.Add(await page.EvaluateExpressionAsync<string>(Focused));
        }
        throw new Xunit.Sdk.XunitException($"Tab never reached {selector}; it went through {string.Join(", ", seen.Distinct().Take(40))}");
    }

    [SkippableFact]
    public async Task Everything_a_reader_does_can_be_done_from_the_keyboard_with_the_focus_in_view()
    {
        Chromium();
        using var folder = new TempFolder();
        var (browser, page, problems, requests) = await Open(SampleReport(folder));
        await using var _ = browser;
        await page.SetViewportAsync(new ViewPortOptions { Width = 1366, Height = 768 });   // a laptop's screen
        (await page.EvaluateExpressionAsync<bool>("document.documentElement.scrollWidth <= innerWidth")).ShouldBeTrue("the page fits a laptop's width");

        // Sort the year table by a column, with Enter on its header.
        await TabTo(page, "#year-table thead th:nth-child(4) button");
        (await page.EvaluateExpressionAsync<string>("getComputedStyle(document.activeElement).outlineStyle")).ShouldNotBe("none");
        await page.Keyboard.PressAsync("Enter");
        (await page.EvaluateExpressionAsync<string>("document.querySelector('#year-table thead th:nth-child(4)').getAttribute('aria-sort')")).ShouldBe("ascending");
        var shares = await page.EvaluateExpressionAsync<double[]>("Array.from(document.querySelectorAll('#year-table tbody tr')).map(r => Number(r.cells[3].textContent))");
        shares.ShouldBe(shares.Order().ToArray());

        // Search, filter by venue, open a paper and close it again, all by keys.
        var paper = SamplePaper();
        await TabTo(page, "#search");
        await page.Keyboard.TypeAsync(paper.Title[..20]);
        await TabTo(page, "#venue");
        await page.Keyboard.TypeAsync("NeurIPS");   // a select picks the option its typed letters start
        (await page.EvaluateExpressionAsync<string>("document.getElementById('venue').value")).ShouldBe("NeurIPS");
        await TabTo(page, "#papers-table tbody .paper-title");
        (await page.EvaluateExpressionAsync<string>("document.activeElement.textContent")).ShouldStartWith(paper.Title[..20]);
        await page.Keyboard.PressAsync("Enter");
        (await page.EvaluateExpressionAsync<string>("document.activeElement.getAttribute('aria-expanded')")).ShouldBe("true");
        (await page.EvaluateExpressionAsync<string>("document.querySelector('#papers-table .results').textContent")).ShouldContain("Open Source Code");
        await page.Keyboard.PressAsync("Space");
        (await page.EvaluateExpressionAsync<int>("document.querySelectorAll('#papers-table .results').length")).ShouldBe(0);
        (await page.EvaluateExpressionAsync<string>("document.activeElement.getAttribute('aria-expanded')")).ShouldBe("false");

        // Page through the list: clear the search, then Next with the keyboard.
        await TabTo(page, "#search");
        await page.Keyboard.DownAsync("Control");
        await page.Keyboard.PressAsync("a");
        await page.Keyboard.UpAsync("Control");
        await page.Keyboard.PressAsync("Backspace");
        await TabTo(page, "#venue");
        await page.Keyboard.PressAsync("Home");
        await TabTo(page, "#next");
        await page.Keyboard.PressAsync("Enter");
        (await page.EvaluateExpressionAsync<string>("document.getElementById('page').textContent")).ShouldStartWith("Page 2 of ");
        (await page.EvaluateExpressionAsync<bool>("(r => r.top >= 0 && r.bottom <= innerHeight)(document.activeElement.getBoundingClientRect())")).ShouldBeTrue("the focused control is scrolled into view");

        problems.ShouldBeEmpty();
        requests.ShouldBeEmpty();
    }

    [SkippableFact]
    public async Task Printed_the_report_keeps_its_figures_and_tables_drops_the_controls_and_fits_the_page()
    {
        Chromium();
        using var folder = new TempFolder();
        var (browser, page, problems, _) = await Open(SampleReport(folder));
        await using var __ = browser;

        await page.EmulateMediaTypeAsync(PuppeteerSharp.Media.MediaType.Print);
        await page.SetViewportAsync(new ViewPortOptions { Width = 718, Height = 1000 });   // A4 less 1.5 cm margins, at 96 dpi
        Task<bool> Shown(string selector) => page.EvaluateExpressionAsync<bool>($"(e => e !== null && e.getClientRects().length > 0)(document.querySelector({JsonSerializer.Serialize(selector)}))");

        foreach (var kept in new[] { "#h-papers", "#year-table", "#venue-table", "figure svg", "#papers-table tbody tr", "#count" }) (await Shown(kept)).ShouldBeTrue(kept);
        foreach (var dropped in new[] { ".controls", "#prev", "#next" }) (await Shown(dropped)).ShouldBeFalse(dropped);
        (await page.EvaluateExpressionAsync<string>("document.getElementById('page').textContent")).ShouldStartWith("Page 1 of ");
        (await Shown("#page")).ShouldBeTrue("the printed list says which page of papers it is");

        // Nothing wider than the paper, not even a chart's legend: a table that scrolls on screen, or a chart
        // that is cut instead of scaled, would be cut off on paper.
        var wide = await page.EvaluateExpressionAsync<string[]>(
            "Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1).map(e => e.tagName + (e.id ? '#' + e.id : ''))");
        wide.ShouldBeEmpty();

        // Artefacts beside the test binaries: the page as printed, as a picture and as a PDF.
        await page.ScreenshotAsync(Path.Combine(AppContext.BaseDirectory, "report-print.png"), new ScreenshotOptions { FullPage = true });
        var pdf = Path.Combine(AppContext.BaseDirectory, "report-print.pdf");
        await page.PdfAsync(pdf, new PdfOptions { Format = PuppeteerSharp.Media.PaperFormat.A4, MarginOptions = new PuppeteerSharp.Media.MarginOptions { Top = "1.5cm", Bottom = "1.5cm", Left = "0.75cm", Right = "0.75cm" } });
        new FileInfo(pdf).Length.ShouldBeGreaterThan(20_000);
        problems.ShouldBeEmpty();
    }

    [SkippableTheory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task The_colours_follow_the_system_theme_and_keep_their_contrast(string scheme)
    {
        Chromium();
        using var folder = new TempFolder();
        var (browser, page, problems, _) = await Open(SampleReport(folder));
        await using var __ = browser;
        await page.EmulateMediaFeaturesAsync([new MediaFeatureValue { MediaFeature = MediaFeature.PrefersColorScheme, Value = scheme }]);
        await page.TypeAsync("#search", SamplePaper().Title);
        await page.ClickAsync("#papers-table tbody .paper-title");

        var background = await Colour(page, "body", "backgroundColor");
        Luminance(background).ShouldBe(scheme == "dark" ? 0.0 : 1.0, 0.05, $"{scheme}: the page's background follows the system");
        // WCAG AA for text: 4.5 to 1 against the page, for body text, muted text, links and the Yes results.
        foreach (var (selector, property) in new[] { ("body", "color"), (".muted", "color"), (".paper-title", "color"), (".results .yes", "color"), (".results .no", "color"), ("#search", "color") })
        {
            var contrast = Contrast(await Colour(page, selector, property), background);
            contrast.ShouldBeGreaterThanOrEqualTo(4.5, $"{scheme}: {selector} has a contrast of {contrast:F2} to 1");
        }
        problems.ShouldBeEmpty();
    }

    private static async Task<double[]> Colour(IPage page, string selector, string property)
    {
        var css = await page.EvaluateExpressionAsync<string>($"getComputedStyle(document.querySelector({JsonSerializer.Serialize(selector)})).{property}");
        var parts = css[(css.IndexOf('(') + 1)..css.IndexOf(')')].Split(',').Select(p => double.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        return parts[..3];
    }

    /// <summary>WCAG 2 relative luminance of an sRGB colour.</summary>
    private static double Luminance(double[] rgb)
    {
        var c = rgb.Select(v => v / 255 <= 0.03928 ? v / 255 / 12.92 : Math.Pow((v / 255 + 0.055) / 1.055, 2.4)).ToArray();
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    private static double Contrast(double[] a, double[] b)
    {
        var (x, y) = (Luminance(a), Luminance(b));
        return (Math.Max(x, y) + 0.05) / (Math.Min(x, y) + 0.05);
    }

    [SkippableFact]
    public async Task The_report_of_the_Index_size_loads_and_counts_with_thousands_separators()
    {
        Chromium();
        using var folder = new TempFolder();
        var html = folder.Write("report.html", await ReportSizeTests.Report(ReportSizeTests.IndexSizedCorpus()));

        var (browser, page, problems, requests) = await Open(html);
        await using var _ = browser;

        (await page.EvaluateExpressionAsync<string>("document.getElementById('h-papers').textContent")).ShouldBe("56,800");
        (await page.EvaluateExpressionAsync<string>("document.getElementById('count').textContent")).ShouldBe("56,800 of 56,800 papers");
        (await page.EvaluateExpressionAsync<string>("document.getElementById('page').textContent")).ShouldBe("Page 1 of 1,136");
        // Counts in the tables have separators, and still sort as numbers.
        await page.ClickAsync("#venue-table thead th:nth-child(2) button");
        var counts = await page.EvaluateExpressionAsync<string[]>("Array.from(document.querySelectorAll('#venue-table tbody tr')).map(r => r.cells[1].textContent)");
        counts.ShouldContain(c => c.Contains(','));
        counts.Select(c => int.Parse(c, NumberStyles.AllowThousands, CultureInfo.InvariantCulture)).ShouldBe(counts.Select(c => int.Parse(c, NumberStyles.AllowThousands, CultureInfo.InvariantCulture)).Order());
        // A paper opens with its nine results, decoded from the column layout.
        await page.ClickAsync("#papers-table tbody .paper-title");
        (await page.EvaluateExpressionAsync<int>("document.querySelectorAll('#papers-table .results span').length")).ShouldBe(2 * 9 + 2);
        problems.ShouldBeEmpty();
        requests.ShouldBeEmpty();
    }

    [SkippableTheory]
    [InlineData(390)]
    [InlineData(768)]
    [InlineData(1280)]
    public async Task On_any_window_no_table_is_cut_off_and_the_headline_interval_stays_on_one_line(int width)
    {
        Chromium();
        using var folder = new TempFolder();
        var (browser, page, problems, _) = await Open(SampleReport(folder));
        await using var __ = browser;
        await page.SetViewportAsync(new ViewPortOptions { Width = width, Height = 900 });

        // The page never scrolls sideways: a wide table scrolls in its own box, which shows all of it.
        (await page.EvaluateExpressionAsync<bool>("document.documentElement.scrollWidth <= innerWidth")).ShouldBeTrue("the page fits the window");
        var tables = await page.EvaluateExpressionAsync<string[]>(
            "Array.from(document.querySelectorAll('table')).filter(t => { const box = t.closest('.scroll'); return box === null || box.getBoundingClientRect().right > innerWidth + 1 || box.scrollWidth < t.scrollWidth; }).map(t => t.id)");
        tables.ShouldBeEmpty("every table is whole in a box that scrolls, inside the window");
        // The mean R's interval: one line of its own, inside its box.
        (await page.EvaluateExpressionAsync<int>("document.querySelector('#h-r .interval').getClientRects().length")).ShouldBe(1);
        (await page.EvaluateExpressionAsync<bool>("(i => i.getBoundingClientRect().right <= i.closest('div').getBoundingClientRect().right)(document.querySelector('#h-r .interval'))")).ShouldBeTrue();
        (await page.EvaluateExpressionAsync<double>("(i => i.getBoundingClientRect().height / parseFloat(getComputedStyle(i).lineHeight))(document.querySelector('#h-r .interval'))")).ShouldBeLessThan(1.5);
        problems.ShouldBeEmpty();
    }

    [SkippableFact]
    public async Task Text_from_a_page_stays_text_however_hostile()
    {
        Chromium();
        using var folder = new TempFolder();
        var seed = Scorecard.Parse(Repository.SeedText);
        const string Hostile = "<script>alert(1)</script> & \"quotes\" 'too' </script><img src=x onerror=alert(2)>";
        folder.Write("papers/hostile.md", Scorecard.ToMarkdown(seed with { Title = Hostile, Authors = ["</script><b>Mallory</b>"] }));
        folder.Write("papers/seed.md", Repository.SeedText);
        var html = Path.Combine(folder.Path, "report.html");
        Tool.Run("report", folder.Path + "/papers", "-o", html, "--title", "A <b>title</b> & more", "--quiet").ExitCode.ShouldBe(0);

        var text = File.ReadAllText(html);
        text.ShouldNotContain("<script>alert(1)");
        text.ShouldNotContain("<b>Mallory</b>");
        text.ShouldContain("A &lt;b&gt;title&lt;/b&gt; &amp; more");

        var (browser, page, problems, requests) = await Open(html);
        await using var _ = browser;
        await page.TypeAsync("#search", "alert(1)");
        var titles = await page.EvaluateExpressionAsync<string[]>("Array.from(document.querySelectorAll('#papers-table tbody .paper-title')).map(b => b.textContent)");
        titles.ShouldBe([Hostile]);
        (await page.EvaluateExpressionAsync<string>("document.querySelector('h1').textContent")).ShouldBe("A <b>title</b> & more");
        (await page.EvaluateExpressionAsync<int>("document.querySelectorAll('img').length")).ShouldBe(0);
        problems.ShouldBeEmpty();
        requests.ShouldBeEmpty();
    }
}
