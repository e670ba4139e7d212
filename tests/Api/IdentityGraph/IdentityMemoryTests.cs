using Okube.Actors.Tests.Api.Infrastructure;

namespace Okube.Actors.Tests.Api.IdentityGraph;

/// <summary>
/// A person forgets what attribution can no longer use (AllowedLateness, 90 days behind its
/// newest event), but a wrongly future-dated event counts as no later than tomorrow, so it
/// cannot make the recent past final. Events are dated relative to the current time.
/// </summary>
[Collection(SiloCollection.Name)]
public sealed class IdentityMemoryTests(SiloFactory silo)
{
    private static readonly TestTenant Tenant = TestTenants.GraphMemory;

    [Fact]
    public async Task Future_dated_touch_on_a_linked_subject_does_not_make_the_recent_conversions_final()
    {
        var now = DateTimeOffset.UtcNow;
        var today = new DateTimeOffset(now.Year, now.Month, now.Day, 12, 0, 0, TimeSpan.Zero);
        var cookie = new WireSubject("cookie", "mem-cookie");
        var device = new WireSubject("device", "mem-device");
        var scenario = new GraphScenario();
        using var client = silo.Client(Tenant.RetailerKey);
        async Task SendAsync(params Okube.Actors.Gateway.Demo.JourneyEvent[] events)
        {
            (await client.IngestGraphAsync(events)).Accepted.Should().Be(events.Length);
            await client.WaitUntilProcessedAsync();
        }

        await SendAsync(
            scenario.Add(GraphEvents.Touch("mem-t1", cookie, today.AddDays(-20), "mem-first", "display")),
            scenario.Add(GraphEvents.Order("mem-o1", cookie, today.AddDays(-10), 100)));
        // Years ahead, on a subject that joins the person in the same batch.
        await SendAsync(
            scenario.Add(GraphEvents.Touch("mem-t-future", device, today.AddYears(5), "mem-future", "mobile")),
            scenario.Link("mem-l1", today, "login", device, cookie));
        // A late touch within mem-o1's lookback: mem-o1 must still be open to re-credit.
        await SendAsync(scenario.Add(GraphEvents.Touch("mem-t2", cookie, today.AddDays(-15), "mem-late", "search")));

        var (from, to) = (DateOnly.FromDateTime(today.AddDays(-30).UtcDateTime), DateOnly.FromDateTime(today.UtcDateTime));
        var report = await client.GetReportAsync("campaigns", "linear", from, to);
        report.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("campaign").GetString())
            .Should().Equal("mem-first", "mem-late");
        await client.ShouldMatchReferenceAsync(scenario.Reference, from, to);
    }

    [Fact]
    public async Task Conversion_older_than_the_allowed_lateness_behind_the_persons_newest_event_is_final()
    {
        var now = DateTimeOffset.UtcNow;
        var today = new DateTimeOffset(now.Year, now.Month, now.Day, 12, 0, 0, TimeSpan.Zero);
        var crm = new WireSubject("crm", "mem-old-crm");
        var cookie = new WireSubject("cookie", "mem-old-cookie");
        using var client = silo.Client(Tenant.RetailerKey);
        async Task SendAsync(params Okube.Actors.Gateway.Demo.JourneyEvent[] events)
        {
            (await client.IngestGraphAsync(events)).Accepted.Should().Be(events.Length);
            await client.WaitUntilProcessedAsync();
        }

        await SendAsync(
            GraphEvents.Touch("mem-old-t1", cookie, today.AddDays(-210), "mem-old-first", "display"),
            GraphEvents.Order("mem-old-o1", crm, today.AddDays(-200), 100, store: "paris-01"),
            GraphEvents.Link("mem-old-l1", today.AddDays(-200), "crm", [crm, cookie]));
        // The person's newest event: 150 days after the order, more than the 90 allowed.
        await SendAsync(GraphEvents.Touch("mem-old-t-new", cookie, today.AddDays(-50), "mem-old-new", "display"));
        // A touch in the order's lookback, arriving now: the order is final and keeps its credit.
        await SendAsync(GraphEvents.Touch("mem-old-t-late", crm, today.AddDays(-205), "mem-old-late", "search"));

        var (from, to) = (DateOnly.FromDateTime(today.AddDays(-230).UtcDateTime), DateOnly.FromDateTime(today.AddDays(-150).UtcDateTime));
        var report = await client.GetReportAsync("campaigns", "linear", from, to);
        var row = report.GetProperty("rows").EnumerateArray().Should().ContainSingle().Subject;
        row.GetProperty("campaign").GetString().Should().Be("mem-old-first");
        Okube.Actors.Tests.Support.ReportAssertions.Close(row, "revenue", 100, "the late touch came after the order was final");
    }
}
