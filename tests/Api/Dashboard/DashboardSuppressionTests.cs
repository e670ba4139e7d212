using System.Text.Json;
using Okube.Actors.Gateway.Demo;
using Okube.Actors.Tests.Api.Infrastructure;
using Okube.Actors.Tests.Support;

namespace Okube.Actors.Tests.Api.Dashboard;

/// <summary>
/// Contract section 6 on the dashboard's reads, MinPersons 2: a campaign, day or store
/// crediting one person shows no figure, and the suppressed rows show only together once they
/// reach two persons.
/// </summary>
[Collection(SiloCollection.Name)]
public sealed class DashboardSuppressionTests(SiloFactory silo)
{
    private static readonly TestTenant Tenant = TestTenants.DashboardPrivate;
    private static readonly DateTimeOffset Day1 = Journey.At(2026, 8, 1);

    [Fact]
    public async Task Rows_under_min_persons_hide_their_figures_until_together_they_reach_it()
    {
        using var client = silo.Client(Tenant.RetailerKey);
        // Two persons through c-big on day 1 (online orders); one through c-small on day 2 (a visit in nice).
        await SendAsync(client,
            Journey.Touch("ds-t1", "ds-u1", Day1.AddHours(-1), "c-big", "display"),
            Journey.Order("ds-o1", "ds-u1", Day1, 40),
            Journey.Touch("ds-t2", "ds-u2", Day1.AddHours(-1), "c-big", "display"),
            Journey.Order("ds-o2", "ds-u2", Day1, 60),
            Journey.Touch("ds-t3", "ds-u3", Day1.AddDays(1).AddHours(-1), "c-small", "sms", cost: 5),
            Journey.Visit("ds-v3", "ds-u3", Day1.AddDays(1), store: "nice"));

        var list = Campaigns(await client.GetJsonAsync("/v1/campaigns"));
        list["c-big"].GetProperty("suppressed").GetBoolean().Should().BeFalse();
        list["c-big"].GetProperty("persons").GetInt32().Should().Be(2);
        var small = list["c-small"];
        small.GetProperty("suppressed").GetBoolean().Should().BeTrue();
        ReportAssertions.Close(small, "spend", 5, "spend stays shown");
        small.GetProperty("channel").GetString().Should().Be("sms", "metadata stays shown");
        foreach (var figure in new[] { "conversions", "revenue", "store_visits", "roas", "persons" })
        {
            small.GetProperty(figure).ValueKind.Should().Be(JsonValueKind.Null, figure);
        }
        var detail = await client.GetJsonAsync("/v1/campaigns/c-small");
        detail.GetProperty("in_path").GetProperty("suppressed").GetBoolean().Should().BeTrue();
        detail.GetProperty("in_path").GetProperty("store_visits").ValueKind.Should().Be(JsonValueKind.Null);
        foreach (var model in detail.GetProperty("models").EnumerateObject())
        {
            model.Value.GetProperty("suppressed").GetBoolean().Should().BeTrue(model.Name);
            model.Value.GetProperty("store_visit_share").ValueKind.Should().Be(JsonValueKind.Null, model.Name);
        }
        var big = await client.GetJsonAsync("/v1/campaigns/c-big");
        big.GetProperty("models").GetProperty("first_touch").GetProperty("persons").GetInt32().Should().Be(2);

        var days = await client.GetJsonAsync("/v1/reports/days?model=linear");
        Keys(days, "day").Should().Equal("2026-08-01");
        days.TryGetProperty("suppressed", out _).Should().BeFalse("one person alone is under MinPersons");
        var stores = await client.GetJsonAsync("/v1/reports/stores?model=linear");
        Keys(stores, "store").Should().Equal("online");
        stores.TryGetProperty("suppressed", out _).Should().BeFalse();

        // A second person through c-small, on day 3, in nice.
        await SendAsync(client,
            Journey.Touch("ds-t4", "ds-u4", Day1.AddDays(2).AddHours(-1), "c-small", "sms"),
            Journey.Visit("ds-v4", "ds-u4", Day1.AddDays(2), store: "nice"));

        Campaigns(await client.GetJsonAsync("/v1/campaigns"))["c-small"].GetProperty("persons").GetInt32().Should().Be(2);
        days = await client.GetJsonAsync("/v1/reports/days?model=linear");
        Keys(days, "day").Should().Equal("2026-08-01");
        var suppressed = days.GetProperty("suppressed");
        suppressed.GetProperty("persons").GetInt32().Should().Be(2, "days 2 and 3 together");
        ReportAssertions.Close(suppressed, "store_visits", 2, "both visits");
        ReportAssertions.Close(suppressed, "spend", 5, "c-small's cost on day 2");
        stores = await client.GetJsonAsync("/v1/reports/stores?model=linear");
        Keys(stores, "store").Should().Equal("online", "nice");
        stores.TryGetProperty("suppressed", out _).Should().BeFalse("no store is under MinPersons any more");
    }

    private static async Task SendAsync(HttpClient client, params JourneyEvent[] events)
    {
        (await client.IngestAsync(events)).Accepted.Should().Be(events.Length);
        await client.WaitUntilProcessedAsync();
    }

    private static Dictionary<string, JsonElement> Campaigns(JsonElement list) =>
        list.GetProperty("campaigns").EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!);

    private static List<string> Keys(JsonElement report, string key) =>
        report.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty(key).GetString()!).ToList();
}
