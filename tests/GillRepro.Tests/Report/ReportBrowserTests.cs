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
        rows.Select(r => string.Join(" | ", r)).ShouldBe(summary.EnumerateArray().Select(g => string.Join(" | ",
            g.GetProperty("key").GetString(),
            g.GetProperty("empirical").GetInt32().ToString(CultureInfo.InvariantCulture),
            g.GetProperty("bothCodeAndData").GetInt32().ToString(CultureInfo.InvariantCulture),
            g.GetProperty("bothCodeAndDataPercent").GetDouble().ToString("F2", CultureInfo.InvariantCulture),
            g.GetProperty("reproducibilityPercent").GetDouble().ToString("F2", CultureInfo.InvariantCulture),
            g.GetProperty("meanDocumentationScore").GetDouble().ToString("F3", CultureInfo.InvariantCulture))));

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
