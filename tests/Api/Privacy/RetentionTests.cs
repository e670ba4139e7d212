using System.Net;
using Okube.Actors.Gateway.Demo;
using Okube.Actors.Tests.Api.Infrastructure;

namespace Okube.Actors.Tests.Api.Privacy;

/// <summary>
/// Contract section 6, retention, with periods of seconds: an expired touchpoint leaves the
/// person and its credit and cost leave the reports; a person inactive past retention is
/// purged whole. Nobody calls the persons in between: the retention reminder does it.
/// </summary>
[Collection(SiloCollection.Name)]
public sealed class RetentionTests(SiloFactory silo)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task An_expired_touchpoint_leaves_the_person_and_its_credit_and_cost_leave_the_reports()
    {
        var tenant = TestTenants.ShortTouchRetention;
        using var retailer = silo.Client(tenant.RetailerKey);
        using var dpo = silo.Client(tenant.DpoKey);
        var now = DateTimeOffset.UtcNow;
        JourneyEvent[] events =
        [
            Journey.Touch("rt-old", "rt-u1", now.AddSeconds(-3), "expiring", "display", cost: 2),
            Journey.Order("rt-o1", "rt-u1", now, 50),
        ];
        (await retailer.IngestAsync(events)).Accepted.Should().Be(2);
        await retailer.WaitUntilProcessedAsync();
        var before = await retailer.GetReportAsync("campaigns", "linear");
        before.GetProperty("rows").GetArrayLength().Should().Be(1, "the touch is still within retention");

        var after = await Eventually(async () =>
        {
            var report = await retailer.GetReportAsync("campaigns", "linear");
            return report.GetProperty("rows").GetArrayLength() == 0 ? report : default;
        });

        after.GetProperty("unattributed").GetProperty("revenue").GetDouble().Should().Be(50, "the order stays, unattributed");
        var export = await dpo.GetJsonAsync("/v1/subjects/cookie/rt-u1");
        export.GetProperty("touchpoints").GetArrayLength().Should().Be(0);
        export.GetProperty("conversions").GetArrayLength().Should().Be(1);
    }

    [Fact]
    public async Task A_person_inactive_past_retention_is_purged_whole()
    {
        var tenant = TestTenants.ShortPersonRetention;
        using var retailer = silo.Client(tenant.RetailerKey);
        using var dpo = silo.Client(tenant.DpoKey);
        var now = DateTimeOffset.UtcNow;
        JourneyEvent[] events =
        [
            Journey.Touch("rp-t1", "rp-u1", now.AddSeconds(-2), "kept-briefly", "search"),
            Journey.Order("rp-o1", "rp-u1", now, 30),
        ];
        (await retailer.IngestAsync(events)).Accepted.Should().Be(2);
        await retailer.WaitUntilProcessedAsync();
        (await dpo.GetAsync("/v1/subjects/cookie/rp-u1")).StatusCode.Should().Be(HttpStatusCode.OK);

        var after = await Eventually(async () =>
        {
            using var response = await dpo.GetAsync("/v1/subjects/cookie/rp-u1");
            return response.StatusCode == HttpStatusCode.NotFound
                ? await retailer.GetReportAsync("campaigns", "linear")
                : default;
        });

        after.GetProperty("rows").GetArrayLength().Should().Be(0);
        after.GetProperty("unattributed").GetProperty("revenue").GetDouble().Should().Be(0);
    }

    private static async Task<System.Text.Json.JsonElement> Eventually(Func<Task<System.Text.Json.JsonElement>> probe)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            var result = await probe();
            if (result.ValueKind != System.Text.Json.JsonValueKind.Undefined)
            {
                return result;
            }
            await Task.Delay(500);
        }
        throw new Xunit.Sdk.XunitException($"Retention did not act within {Patience}");
    }
}
