using System.Net;
using System.Text.Json;
using Okube.Actors.Gateway.Demo;
using Okube.Actors.Tests.Api.Infrastructure;
using Okube.Actors.Tests.Support;

namespace Okube.Actors.Tests.Api.Dashboard;

/// <summary>
/// The dashboard's reads on one small journey set (MinPersons 0): the campaign list and
/// detail, the day series and the store split, figures worked out by hand.
/// </summary>
[Collection(SiloCollection.Name)]
public sealed class DashboardQueryTests(SiloFactory silo) : IAsyncLifetime
{
    private static readonly TestTenant Tenant = TestTenants.Dashboard;
    private static readonly DateTimeOffset Day1 = Journey.At(2026, 7, 1);
    private static bool sent;

    private HttpClient Client { get; } = silo.Client(Tenant.RetailerKey);

    /// <summary>
    /// u1: c-a (display, cost 10) then c-b (search) on day 1, an online order of 100 on day 2.
    /// u2: c-a on day 2, an order of 50 in store lyon on day 2 and a visit to lyon on day 3.
    /// u3: an online order of 30 on day 3 and no touch (unattributed). c-b has 20 spend on day 1.
    /// </summary>
    public async Task InitializeAsync()
    {
        if (sent)
        {
            return;
        }
        JourneyEvent[] events =
        [
            Journey.Touch("dq-t1", "dq-u1", Day1.AddHours(-2), "c-a", "display", cost: 10),
            Journey.Touch("dq-t2", "dq-u1", Day1.AddHours(-1), "c-b", "search"),
            Journey.Order("dq-o1", "dq-u1", Day1.AddDays(1), 100),
            Journey.Touch("dq-t3", "dq-u2", Day1.AddDays(1).AddHours(-3), "c-a", "display"),
            Journey.Order("dq-o2", "dq-u2", Day1.AddDays(1), 50) with { Store = "lyon" },
            Journey.Visit("dq-v1", "dq-u2", Day1.AddDays(2), store: "lyon"),
            Journey.Order("dq-o3", "dq-u3", Day1.AddDays(2), 30),
        ];
        (await Client.IngestAsync(events)).Accepted.Should().Be(events.Length);
        await Client.PutCampaignAsync("c-a", "Alpha", "display");
        await Client.PostSpendAsync("c-b", [(DateOnly.FromDateTime(Day1.UtcDateTime), 20.0)]);
        await Client.WaitUntilProcessedAsync();
        sent = true;
    }

    public Task DisposeAsync()
    {
        Client.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Campaign_list_shows_every_campaign_with_metadata_spend_and_linear_figures()
    {
        var list = await Client.GetJsonAsync("/v1/campaigns");

        list.GetProperty("model").GetString().Should().Be("linear");
        list.GetProperty("currency").GetString().Should().Be("EUR");
        var campaigns = list.GetProperty("campaigns").EnumerateArray().ToList();
        campaigns.Select(c => c.GetProperty("id").GetString()).Should().Equal("c-a", "c-b");
        var a = campaigns[0];
        a.GetProperty("name").GetString().Should().Be("Alpha");
        a.GetProperty("channel").GetString().Should().Be("display");
        a.GetProperty("suppressed").GetBoolean().Should().BeFalse();
        Expect(a, spend: 10, conversions: 1.5, revenue: 100, storeVisits: 1, persons: 2);
        ReportAssertions.Close(a, "roas", 10, "100 / 10");
        var b = campaigns[1];
        b.GetProperty("name").ValueKind.Should().Be(JsonValueKind.Null);
        b.GetProperty("channel").GetString().Should().Be("search", "the observed channel");
        Expect(b, spend: 20, conversions: 0.5, revenue: 50, storeVisits: 0, persons: 1);
    }

    [Fact]
    public async Task Campaign_list_range_limits_figures_and_spend_to_its_days()
    {
        var list = await Client.GetJsonAsync("/v1/campaigns?from=2026-07-03&to=2026-07-03");

        var a = list.GetProperty("campaigns").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "c-a");
        Expect(a, spend: 0, conversions: 0, revenue: 0, storeVisits: 1, persons: 1);
        a.GetProperty("roas").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task Campaign_detail_compares_every_model_with_what_the_campaign_took_part_in()
    {
        var detail = await Client.GetJsonAsync("/v1/campaigns/c-a");

        detail.GetProperty("id").GetString().Should().Be("c-a");
        detail.GetProperty("name").GetString().Should().Be("Alpha");
        detail.GetProperty("currency").GetString().Should().Be("EUR");
        ReportAssertions.Close(detail, "spend", 10, "spend");
        var inPath = detail.GetProperty("in_path");
        inPath.GetProperty("suppressed").GetBoolean().Should().BeFalse();
        Expect(inPath, conversions: 2, revenue: 150, storeVisits: 1, persons: 2);
        var models = detail.GetProperty("models");
        models.EnumerateObject().Select(m => m.Name).Should()
            .Equal("first_touch", "last_touch", "linear", "position_based", "time_decay");
        var first = models.GetProperty("first_touch");
        Expect(first, conversions: 2, revenue: 150, storeVisits: 1, persons: 2);
        ReportAssertions.Close(first, "conversion_share", 1, "c-a came first in both orders");
        ReportAssertions.Close(first, "roas", 15, "150 / 10");
        var last = models.GetProperty("last_touch");
        Expect(last, conversions: 1, revenue: 50, storeVisits: 1, persons: 1);
        ReportAssertions.Close(last, "conversion_share", 0.5, "c-b came last for u1");
        ReportAssertions.Close(last, "store_visit_share", 1, "c-a is u2's only touch");
        var linear = models.GetProperty("linear");
        Expect(linear, conversions: 1.5, revenue: 100, storeVisits: 1, persons: 2);
        ReportAssertions.Close(linear, "conversion_share", 0.75, "1.5 of 2");
    }

    [Theory]
    [InlineData("/v1/campaigns/no-such-campaign")]
    [InlineData("/v1/reports/days?model=linear&campaign=no-such-campaign")]
    public async Task Campaign_never_registered_is_404_problem(string url)
    {
        using var response = await Client.GetAsync(url);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Day_series_holds_each_days_credit_and_spend_and_the_unattributed_total()
    {
        var report = await Client.GetJsonAsync("/v1/reports/days?model=linear");

        report.GetProperty("campaign").ValueKind.Should().Be(JsonValueKind.Null);
        var rows = report.GetProperty("rows").EnumerateArray().ToList();
        rows.Select(r => r.GetProperty("day").GetString()).Should().Equal("2026-07-01", "2026-07-02", "2026-07-03");
        Expect(rows[0], spend: 30, conversions: 0, revenue: 0, storeVisits: 0, persons: 0);
        Expect(rows[1], spend: 0, conversions: 2, revenue: 150, storeVisits: 0, persons: 2);
        Expect(rows[2], spend: 0, conversions: 0, revenue: 0, storeVisits: 1, persons: 1);
        rows[1].GetProperty("roas").ValueKind.Should().Be(JsonValueKind.Null);
        var unattributed = report.GetProperty("unattributed");
        ReportAssertions.Close(unattributed, "conversions", 1, "u3's order");
        ReportAssertions.Close(unattributed, "revenue", 30, "u3's order");
        report.TryGetProperty("suppressed", out _).Should().BeFalse();
    }

    [Fact]
    public async Task Day_series_of_one_campaign_holds_only_its_figures()
    {
        var report = await Client.GetJsonAsync("/v1/reports/days?model=last_touch&campaign=c-b&to=2026-07-02");

        report.GetProperty("campaign").GetString().Should().Be("c-b");
        report.TryGetProperty("unattributed", out _).Should().BeFalse("unattributed credit belongs to no campaign");
        var rows = report.GetProperty("rows").EnumerateArray().ToList();
        rows.Select(r => r.GetProperty("day").GetString()).Should().Equal("2026-07-01", "2026-07-02");
        Expect(rows[0], spend: 20, conversions: 0, revenue: 0, storeVisits: 0, persons: 0);
        Expect(rows[1], spend: 0, conversions: 1, revenue: 100, storeVisits: 0, persons: 1);
    }

    [Fact]
    public async Task Store_split_keys_online_orders_apart_from_each_store()
    {
        var report = await Client.GetJsonAsync("/v1/reports/stores?model=linear");

        var rows = report.GetProperty("rows").EnumerateArray().ToList();
        rows.Select(r => r.GetProperty("store").GetString()).Should().Equal("online", "lyon");
        Expect(rows[0], conversions: 1, revenue: 100, storeVisits: 0, persons: 1);
        Expect(rows[1], conversions: 1, revenue: 50, storeVisits: 1, persons: 1);
        rows[0].TryGetProperty("spend", out _).Should().BeFalse("spend is not per store");
        ReportAssertions.Close(report.GetProperty("unattributed"), "revenue", 30, "u3's order");
    }

    [Theory]
    [InlineData("/v1/reports/days?model=nope")]
    [InlineData("/v1/reports/stores")]
    [InlineData("/v1/reports/stores?model=linear&from=2026-13-01")]
    [InlineData("/v1/reports/days?model=linear&from=2026-07-03&to=2026-07-01")]
    [InlineData("/v1/campaigns?from=yesterday")]
    [InlineData("/v1/campaigns/c-a?to=2026-7-1")]
    public async Task Bad_model_or_date_is_400_problem(string url)
    {
        using var response = await Client.GetAsync(url);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    private static void Expect(JsonElement row, double? spend = null, double conversions = 0, double revenue = 0,
        double storeVisits = 0, int persons = 0)
    {
        var at = row.ToString();
        if (spend is { } s)
        {
            ReportAssertions.Close(row, "spend", s, at);
        }
        ReportAssertions.Close(row, "conversions", conversions, at);
        ReportAssertions.Close(row, "revenue", revenue, at);
        ReportAssertions.Close(row, "store_visits", storeVisits, at);
        row.GetProperty("persons").GetInt32().Should().Be(persons, at);
    }
}
