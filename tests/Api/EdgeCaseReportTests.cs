using System.Security.Cryptography;
using System.Text;
using Okube.Actors.Gateway.Demo;
using Okube.Actors.Tests.Api.Infrastructure;
using Okube.Actors.Tests.Support;

namespace Okube.Actors.Tests.Api;

/// <summary>
/// Reports against the reference for events the synthetic journeys never produce: offsets
/// other than Z, raw emails, the lookback boundary. Each test keeps to its own month and
/// reads only that month's reports.
/// </summary>
[Collection(SiloCollection.Name)]
public sealed class EdgeCaseReportTests(SiloFactory silo)
{
    private static readonly TestTenant Tenant = TestTenants.Edges;

    [Fact]
    public async Task Conversion_counts_on_its_utc_day_and_touches_are_ordered_in_utc_whatever_the_offset_sent()
    {
        var plus2 = TimeSpan.FromHours(2);
        var minus5 = TimeSpan.FromHours(-5);
        JourneyEvent[] events =
        [
            Journey.Touch("off-t1", "off-u", new DateTimeOffset(2026, 3, 1, 20, 0, 0, TimeSpan.Zero), "off-early", "display"),
            // 01:30 on 2 March at +02:00 is 23:30 UTC on 1 March.
            Journey.Order("off-o1", "off-u", new DateTimeOffset(2026, 3, 2, 1, 30, 0, plus2), 50),
            // 22:00 on 1 March at -05:00 is 03:00 UTC on 2 March: after the order, so not in its path.
            Journey.Touch("off-t2", "off-u", new DateTimeOffset(2026, 3, 1, 22, 0, 0, minus5), "off-late", "search"),
        ];
        using var client = silo.Client(Tenant.RetailerKey);

        var reference = await SendAsync(client, events);

        var first = await client.GetReportAsync("campaigns", "last_touch", new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 1));
        var row = first.GetProperty("rows").EnumerateArray().Single();
        row.GetProperty("campaign").GetString().Should().Be("off-early");
        ReportAssertions.Close(row, "revenue", 50, "the order of 1 March UTC");
        await ShouldMatchAsync(client, reference, new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 1));
        await ShouldMatchAsync(client, reference, new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 2));
        await ShouldMatchAsync(client, reference, new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31));
    }

    [Fact]
    public async Task Raw_email_and_its_sha256_are_one_subject()
    {
        var at = Journey.At(2026, 4, 5);
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes("ann.lee@example.com")));
        JourneyEvent[] events =
        [
            Journey.Touch("mail-t1", "unused", at, "mail-c", "email") with { SubjectKind = "email", SubjectId = "  Ann.Lee@Example.COM " },
            Journey.Order("mail-o1", "unused", at.AddDays(1), 70) with { SubjectKind = "email_sha256", SubjectId = hash },
        ];
        using var client = silo.Client(Tenant.RetailerKey);

        var reference = await SendAsync(client, events);

        var report = await client.GetReportAsync("campaigns", "linear", new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 30));
        report.GetProperty("rows").EnumerateArray().Single().GetProperty("campaign").GetString().Should().Be("mail-c");
        ReportAssertions.Close(report.GetProperty("unattributed"), "conversions", 0, "the order has a touch");
        await ShouldMatchAsync(client, reference, new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 30));
    }

    [Fact]
    public async Task Lookback_keeps_a_touch_exactly_30_days_old_and_drops_an_older_one()
    {
        var order = new DateTimeOffset(2026, 5, 31, 10, 0, 0, TimeSpan.Zero);
        JourneyEvent[] events =
        [
            Journey.Touch("lb-t-old", "lb-u", order.AddDays(-30).AddSeconds(-1), "lb-too-old", "display"),
            Journey.Touch("lb-t-edge", "lb-u", order.AddDays(-30), "lb-edge", "search"),
            Journey.Order("lb-o", "lb-u", order, 90),
        ];
        using var client = silo.Client(Tenant.RetailerKey);

        var reference = await SendAsync(client, events);

        var report = await client.GetReportAsync("campaigns", "first_touch", new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 31));
        report.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("campaign").GetString()).Should().Equal("lb-edge");
        await ShouldMatchAsync(client, reference, new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 31));
    }

    private static async Task<ReferenceAttribution> SendAsync(HttpClient client, JourneyEvent[] events)
    {
        (await client.IngestAsync(events)).Accepted.Should().Be(events.Length);
        await client.WaitUntilProcessedAsync();
        var reference = new ReferenceAttribution { MinPersons = Tenant.MinPersons };
        reference.Add(events);
        return reference;
    }

    private static async Task ShouldMatchAsync(HttpClient client, ReferenceAttribution reference, DateOnly from, DateOnly to)
    {
        foreach (var model in ReferenceAttribution.Models)
        {
            ReportAssertions.ShouldMatch(await client.GetReportAsync("campaigns", model, from, to),
                reference.Campaigns(model, from, to), byCampaign: true);
            ReportAssertions.ShouldMatch(await client.GetReportAsync("channels", model, from, to),
                reference.Channels(model, from, to), byCampaign: false);
        }
    }
}
