using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Okube.Actors.Tests.Browser.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Okube.Actors.Tests.Browser;

/// <summary>
/// The dashboard in headless Chromium against a seeded local silo: the figures it shows are
/// the API's, for the chosen model.
/// </summary>
public sealed partial class DashboardTests(DashboardFixture fixture) : IClassFixture<DashboardFixture>
{
    private static readonly string[] Fields = ["spend", "conversions", "revenue", "store_visits", "roas", "persons"];

    [Fact]
    public async Task Shows_the_campaign_report_of_the_chosen_model_a_chart_and_freshness()
    {
        using var api = fixture.Silo.Client();
        var page = await fixture.NewPageAsync();
        var dashboard = new DashboardPage(page);
        var pageErrors = new List<string>();
        page.PageError += (_, error) => pageErrors.Add(error);
        try
        {
            await dashboard.OpenWithKeyAsync(LocalSilo.RetailerKey);

            var linear = await ReportAsync(api, "linear");
            var linearRows = await dashboard.CampaignRowsAsync("linear");
            ShouldShow(linearRows, linear);
            linearRows.Should().Contain(r => r.Heading.StartsWith(Seed.NameOf("c01"), StringComparison.Ordinal),
                "campaigns are shown by the name given with PUT /v1/campaigns/{id}");
            var suppressed = await dashboard.BucketAsync("suppressed");
            suppressed.Should().NotBeNull("each small campaign has fewer than MinPersons persons, together more");
            suppressed!.Values["revenue"].Should().BeApproximately(linear.GetProperty("suppressed").GetProperty("revenue").GetDouble(), 1e-6);
            await Expect(page.Locator("#consent")).ToContainTextAsync("Consent:");

            await Expect(page.Locator("#freshness")).ToHaveAttributeAsync("data-state", "up-to-date");
            await Expect(page.Locator("#freshness")).ToContainTextAsync("Up to date");
            await Expect(page.Locator("#accepted")).ToHaveAttributeAsync("data-value", fixture.Accepted.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await Expect(page.Locator("#refreshed")).ToHaveAttributeAsync("datetime", new Regex(@"^\d{4}-\d\d-\d\dT"));

            (await dashboard.ChartPixelsAsync()).Should().BeGreaterThan(2_000, "the chart draws axes, bars and a line");
            var (source, charted) = await dashboard.ChartTotalAsync("linear");
            charted.Should().BeApproximately(await ChartedRevenueAsync(api, "linear", source), 1e-6);

            await dashboard.ChooseModelAsync("first_touch");
            var firstTouch = await ReportAsync(api, "first_touch");
            var firstTouchRows = await dashboard.CampaignRowsAsync("first_touch");
            ShouldShow(firstTouchRows, firstTouch);
            Differs(linear, firstTouch).Should().BeTrue("the models credit the seeded journeys differently");
            (source, charted) = await dashboard.ChartTotalAsync("first_touch");
            charted.Should().BeApproximately(await ChartedRevenueAsync(api, "first_touch", source), 1e-6);

            var top = firstTouchRows[0].Campaign;
            await dashboard.CompareAsync(top);
            var comparison = await dashboard.ComparisonRowsAsync(top);
            comparison.Select(r => r.Campaign).Should().Equal("first_touch", "last_touch", "linear", "position_based", "time_decay");
            comparison.Single(r => r.Campaign == "linear").Values["revenue"]
                .Should().BeApproximately(RowOf(linear, top).GetProperty("revenue").GetDouble(), 1e-6);
            comparison.Single(r => r.Campaign == "first_touch").Values["revenue"]
                .Should().BeApproximately(RowOf(firstTouch, top).GetProperty("revenue").GetDouble(), 1e-6);

            await Expect(page.Locator("#split-title")).ToBeVisibleAsync();
            pageErrors.Should().BeEmpty("the page runs without script errors");
        }
        finally
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "dashboard.png"), FullPage = true });
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Uses_the_day_store_and_campaign_endpoints_in_the_shapes_the_contract_gives()
    {
        var page = await fixture.NewPageAsync();
        var dashboard = new DashboardPage(page);
        await Answer(page, "/v1/reports/days?", """
            {"model": "linear", "currency": "EUR", "rows": [
              {"day": "2026-11-02", "conversions": 2, "revenue": 120.5, "store_visits": 1, "spend": 30},
              {"day": "2026-11-01", "conversions": 1, "revenue": 80, "store_visits": 0.5, "spend": 30},
              {"day": "2026-11-03", "conversions": 3, "revenue": 99.5, "store_visits": 2, "spend": 30}]}
            """);
        await Answer(page, "/v1/reports/stores?", """
            {"model": "linear", "currency": "EUR", "rows": [
              {"store": "paris-01", "conversions": 4, "revenue": 300, "store_visits": 6, "persons": 12},
              {"store": "online", "conversions": 9, "revenue": 700, "store_visits": 0, "persons": 30}],
             "suppressed": {"conversions": 1, "revenue": 25, "store_visits": 2, "persons": 11}}
            """);
        await Answer(page, "/v1/campaigns/", """
            {"id": "c01", "name": "Autumn sale c01", "channel": "display", "spend": 100, "models": {
              "first_touch": {"conversions": 1, "revenue": 11, "store_visits": 0, "roas": 0.11, "persons": 10},
              "last_touch": {"conversions": 2, "revenue": 22, "store_visits": 1, "roas": 0.22, "persons": 10},
              "linear": {"conversions": 3, "revenue": 33, "store_visits": 2, "roas": 0.33, "persons": 10},
              "position_based": {"conversions": 4, "revenue": 44, "store_visits": 3, "roas": 0.44, "persons": 10},
              "time_decay": {"conversions": 5, "revenue": 55, "store_visits": 4, "roas": 0.55, "persons": 10}}}
            """);
        try
        {
            await dashboard.OpenWithKeyAsync(LocalSilo.RetailerKey);
            await dashboard.CampaignRowsAsync("linear");

            (await dashboard.ChartPixelsAsync()).Should().BeGreaterThan(2_000);
            (await dashboard.ChartTotalAsync("linear")).Should().Be(("days", 300.0));
            await Expect(page.Locator("#trend-chart")).ToHaveAttributeAsync("data-points", "3");

            await dashboard.CompareAsync("c01");
            var comparison = await dashboard.ComparisonRowsAsync("c01");
            comparison.Select(r => r.Values["revenue"]).Should().Equal(11, 22, 33, 44, 55);
            await Expect(page.Locator("#compare-note")).ToHaveTextAsync("");

            await Expect(page.Locator("#stores")).ToBeVisibleAsync();
            await Expect(page.Locator("#split-summary")).ToHaveAttributeAsync("data-online", "700");
            await Expect(page.Locator("#split-summary")).ToHaveAttributeAsync("data-in-store", "300");
            await Expect(page.Locator("#split-summary")).ToContainTextAsync("70%");
            await Expect(page.Locator("#store-rows tr")).ToHaveCountAsync(3);
            await Expect(page.Locator("#store-rows tr[data-bucket='suppressed'] td[data-field='revenue']")).ToHaveAttributeAsync("data-value", "25");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Remembers_the_key_until_it_is_forgotten_and_says_when_a_key_is_refused()
    {
        var page = await fixture.NewPageAsync();
        var dashboard = new DashboardPage(page);
        try
        {
            await dashboard.OpenWithKeyAsync("not-a-key");
            await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("refused");
            await Expect(page.GetByLabel("API key (retailer)")).ToBeVisibleAsync();

            await dashboard.OpenWithKeyAsync(LocalSilo.RetailerKey);
            await dashboard.CampaignRowsAsync("linear");
            await page.ReloadAsync();
            (await dashboard.CampaignRowsAsync("linear")).Should().NotBeEmpty("the key is remembered across visits");

            await page.GetByRole(AriaRole.Button, new() { Name = "Forget key" }).ClickAsync();
            await Expect(page.GetByLabel("API key (retailer)")).ToBeVisibleAsync();
            await Expect(page.Locator("#campaign-rows tr")).ToHaveCountAsync(0);
            (await page.EvaluateAsync<int>("() => localStorage.length")).Should().Be(0);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Serves_the_page_and_its_bundle_without_a_key_with_caching_headers()
    {
        using var anonymous = fixture.Silo.Client(apiKey: null);

        using var index = await anonymous.GetAsync("/");
        var html = await index.Content.ReadAsStringAsync();
        index.StatusCode.Should().Be(HttpStatusCode.OK);
        index.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        index.Headers.CacheControl!.NoCache.Should().BeTrue("a new build must be picked up at once");
        index.Headers.GetValues("Content-Security-Policy").Single().Should().Contain("script-src 'self'");

        var script = ScriptSource().Match(html).Groups[1].Value;
        script.Should().StartWith("/dashboard/assets/app-");
        using var bundle = await anonymous.GetAsync(script);
        bundle.StatusCode.Should().Be(HttpStatusCode.OK);
        bundle.Content.Headers.ContentType!.MediaType.Should().Be("text/javascript");
        bundle.Headers.CacheControl!.ToString().Should().Contain("immutable").And.Contain("max-age=31536000");

        using var missing = await anonymous.GetAsync("/dashboard/assets/app-MISSING.js");
        missing.StatusCode.Should().Be(HttpStatusCode.NotFound);
        using var report = await anonymous.GetAsync("/v1/reports/campaigns?model=linear");
        report.StatusCode.Should().Be(HttpStatusCode.Unauthorized, "the API itself still needs a key");
    }

    /// <summary>Answers GETs whose path and query start with <paramref name="prefix"/> with <paramref name="json"/>.</summary>
    private static Task Answer(IPage page, string prefix, string json) =>
        page.RouteAsync(url => new Uri(url).PathAndQuery.StartsWith(prefix, StringComparison.Ordinal), route =>
            route.Request.Method == "GET"
                ? route.FulfillAsync(new() { Status = 200, ContentType = "application/json", Body = json })
                : route.ContinueAsync());

    [GeneratedRegex("<script type=\"module\" src=\"([^\"]+)\"")]
    private static partial Regex ScriptSource();

    private static async Task<JsonElement> ReportAsync(HttpClient api, string model) =>
        await api.GetFromJsonAsync<JsonElement>($"/v1/reports/campaigns?model={model}");

    /// <summary>
    /// The revenue the chart should sum: the days report's, or (while the server has none) the
    /// campaign report's over the dashboard's twelve weeks ending today.
    /// </summary>
    private static async Task<double> ChartedRevenueAsync(HttpClient api, string model, string source)
    {
        if (source == "days")
        {
            var days = await api.GetFromJsonAsync<JsonElement>($"/v1/reports/days?model={model}");
            return days.GetProperty("rows").EnumerateArray().Sum(r => r.GetProperty("revenue").GetDouble());
        }
        source.Should().Be("weeks");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var total = 0.0;
        for (var week = 0; week < 12; week++)
        {
            var to = today.AddDays(-7 * week);
            var report = await api.GetFromJsonAsync<JsonElement>(
                $"/v1/reports/campaigns?model={model}&from={to.AddDays(-6):yyyy-MM-dd}&to={to:yyyy-MM-dd}");
            total += report.GetProperty("rows").EnumerateArray().Sum(r => r.GetProperty("revenue").GetDouble());
        }
        return total;
    }

    private static JsonElement RowOf(JsonElement report, string campaign) =>
        report.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("campaign").GetString() == campaign);

    private static double? Number(JsonElement row, string field) =>
        row.GetProperty(field).ValueKind == JsonValueKind.Null ? null : row.GetProperty(field).GetDouble();

    /// <summary>Every campaign of the report is in the table, and the figures of the top three are the report's.</summary>
    private static void ShouldShow(IReadOnlyList<DashboardPage.Row> rows, JsonElement report)
    {
        var campaigns = report.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("campaign").GetString()!).ToList();
        campaigns.Should().HaveCountGreaterThan(5, "the seed spreads its shoppers over a dozen campaigns");
        rows.Select(r => r.Campaign).Should().BeEquivalentTo(campaigns);
        foreach (var shown in rows.Take(3))
        {
            var row = RowOf(report, shown.Campaign);
            foreach (var field in Fields)
            {
                var expected = Number(row, field);
                if (expected is null)
                {
                    shown.Values[field].Should().BeNull($"{shown.Campaign} {field}");
                }
                else
                {
                    shown.Values[field].Should().BeApproximately(expected.Value, 1e-6, $"{shown.Campaign} {field}");
                }
            }
        }
    }

    private static bool Differs(JsonElement a, JsonElement b) =>
        a.GetProperty("rows").EnumerateArray().Any(row =>
        {
            var other = RowOf(b, row.GetProperty("campaign").GetString()!);
            return Math.Abs(row.GetProperty("revenue").GetDouble() - other.GetProperty("revenue").GetDouble()) > 1e-6;
        });
}
