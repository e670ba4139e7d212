using System.Text.Json;
using Okube.Actors.Gateway.Demo;
using Okube.Actors.Tests.Api.Infrastructure;
using Okube.Actors.Tests.Support;

namespace Okube.Actors.Tests.Api;

/// <summary>
/// Contract section 6 (aggregate-only reports), tenant MinPersons 3: rows crediting fewer
/// persons fold into "suppressed", itself shown only once it holds 3 persons.
/// </summary>
[Collection(SiloCollection.Name)]
public sealed class SuppressionTests(SiloFactory silo)
{
    private static readonly TestTenant Tenant = TestTenants.Private;
    private static readonly DateTimeOffset At = Journey.At(2026, 6, 3);

    [Fact]
    public async Task Small_rows_fold_into_a_suppressed_bucket_shown_only_once_it_holds_min_persons()
    {
        using var client = silo.Client(Tenant.RetailerKey);
        var reference = new ReferenceAttribution { MinPersons = Tenant.MinPersons };
        var big = Enumerable.Range(1, 3).SelectMany(p => new[]
        {
            Journey.Touch($"big-t{p}", $"big-u{p}", At.AddHours(p), "big", "display"),
            Journey.Order($"big-o{p}", $"big-u{p}", At.AddHours(p + 5), 10 * p),
        });
        JourneyEvent[] smallTwo =
        [
            Journey.Touch("s1-t", "s1-u", At, "small1", "sms", cost: 4),
            Journey.Order("s1-o", "s1-u", At.AddDays(1), 80),
            Journey.Touch("s2-t", "s2-u", At, "small2", "radio"),
            Journey.Visit("s2-v", "s2-u", At.AddDays(2)),
            Journey.Order("un-o", "un-u", At.AddDays(2), 15), // unattributed, never suppressed
        ];
        await SendAsync(client, reference, [.. big, .. smallTwo]);

        var campaigns = await client.GetReportAsync("campaigns", "linear");
        Keys(campaigns, "campaign").Should().Equal("big");
        campaigns.TryGetProperty("suppressed", out _).Should().BeFalse("two persons are fewer than MinPersons 3");
        ReportAssertions.Close(campaigns.GetProperty("unattributed"), "revenue", 15, "unattributed figures are shown");
        await ShouldMatchReferenceAsync(client, reference);

        JourneyEvent[] third =
        [
            Journey.Touch("s3-t", "s3-u", At, "small3", "podcast"),
            Journey.Order("s3-o", "s3-u", At.AddDays(3), 20),
        ];
        await SendAsync(client, reference, third);

        campaigns = await client.GetReportAsync("campaigns", "linear");
        Keys(campaigns, "campaign").Should().Equal("big");
        var suppressed = campaigns.GetProperty("suppressed");
        suppressed.GetProperty("persons").GetInt32().Should().Be(3);
        ReportAssertions.Close(suppressed, "spend", 4, "small1's cost");
        ReportAssertions.Close(suppressed, "conversions", 2, "small1 and small3");
        ReportAssertions.Close(suppressed, "revenue", 100, "small1 and small3");
        ReportAssertions.Close(suppressed, "store_visits", 1, "small2");
        await ShouldMatchReferenceAsync(client, reference);
    }

    private static async Task SendAsync(HttpClient client, ReferenceAttribution reference, JourneyEvent[] events)
    {
        (await client.IngestAsync(events)).Accepted.Should().Be(events.Length);
        reference.Add(events);
        await client.WaitUntilProcessedAsync();
    }

    private static async Task ShouldMatchReferenceAsync(HttpClient client, ReferenceAttribution reference)
    {
        foreach (var model in ReferenceAttribution.Models)
        {
            ReportAssertions.ShouldMatch(await client.GetReportAsync("campaigns", model), reference.Campaigns(model), byCampaign: true);
            ReportAssertions.ShouldMatch(await client.GetReportAsync("channels", model), reference.Channels(model), byCampaign: false);
        }
    }

    private static List<string> Keys(JsonElement report, string key) =>
        report.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty(key).GetString()!).ToList();
}
