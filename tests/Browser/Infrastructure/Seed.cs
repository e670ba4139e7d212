using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Okube.Actors.Gateway.Demo;
using Xunit.Sdk;

namespace Okube.Actors.Tests.Browser.Infrastructure;

/// <summary>
/// Campaigns and events fed through the API as a retailer would: names, daily spend, the
/// synthetic shoppers of <see cref="SyntheticJourneys"/> over the last 60 days, and small
/// campaigns, each with too few persons to be shown, that fill the "suppressed" bucket.
/// </summary>
public static class Seed
{
    public const int Persons = 400;
    public const int PersonsPerSmallCampaign = 4;
    public static readonly string[] SmallCampaigns = ["c97", "c98", "c99"];
    private const int SpendDays = 30;

    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    public static string NameOf(string campaign) => $"Autumn sale {campaign}";

    /// <summary>Feeds everything and waits until the reports show it; returns the events accepted.</summary>
    public static async Task<long> FeedAsync(HttpClient client)
    {
        var today = DateTime.UtcNow.Date;
        var start = new DateTimeOffset(today.AddDays(-60), TimeSpan.Zero);
        var campaigns = SyntheticJourneys.Campaigns.Concat(SmallCampaigns.Select(c => (Campaign: c, Channel: "display"))).ToList();
        foreach (var (campaign, channel) in campaigns)
        {
            await SendAsync(client.PutAsJsonAsync($"/v1/campaigns/{campaign}", new { name = NameOf(campaign), channel }));
            var spend = Enumerable.Range(0, SpendDays).Select(d => new
            {
                date = DateOnly.FromDateTime(today.AddDays(-d)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                amount = 10 + int.Parse(campaign[1..], System.Globalization.CultureInfo.InvariantCulture) + d % 7,
            });
            await SendAsync(client.PostAsJsonAsync($"/v1/campaigns/{campaign}/spend", spend));
        }

        var events = new SyntheticJourneys(seed: 20261129, start).Persons(0, Persons)
            .Concat(SmallCampaignJourneys(start.AddDays(30)))
            .ToList();
        using var body = new ByteArrayContent(JourneyEvent.ToNdjson(events));
        body.Headers.ContentType = new("application/x-ndjson");
        var outcome = await SendAsync(client.PostAsync("/v1/events", body), HttpStatusCode.Accepted);
        outcome.GetProperty("accepted").GetInt32().Should().Be(events.Count, $"every seeded event is valid: {outcome}");
        return await WaitUntilProcessedAsync(client, events.Count);
    }

    /// <summary>A few shoppers per small campaign, who saw it and then bought.</summary>
    private static IEnumerable<JourneyEvent> SmallCampaignJourneys(DateTimeOffset at) =>
        from campaign in SmallCampaigns
        from i in Enumerable.Range(1, PersonsPerSmallCampaign)
        let shopper = $"small-{campaign}-{i}"
        from e in new[]
        {
            new JourneyEvent
            {
                Id = $"{shopper}-t", Type = "touchpoint", OccurredAt = at, SubjectKind = "cookie", SubjectId = shopper,
                Channel = "display", Interaction = "click", Campaign = campaign,
            },
            new JourneyEvent
            {
                Id = $"{shopper}-o", Type = "transaction", OccurredAt = at.AddHours(20), SubjectKind = "cookie",
                SubjectId = shopper, OrderId = $"o-{shopper}", Amount = 40 + i, Currency = "EUR",
            },
        }
        select e;

    private static async Task<long> WaitUntilProcessedAsync(HttpClient client, long expected)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var status = await client.GetFromJsonAsync<JsonElement>("/v1/pipeline/status");
            var accepted = status.GetProperty("accepted").GetInt64();
            if (accepted >= expected && status.GetProperty("processed").GetInt64() == accepted)
            {
                return accepted;
            }
            if (clock.Elapsed > Deadline)
            {
                throw new XunitException($"The pipeline did not catch up within {Deadline.TotalSeconds} s: {status}");
            }
            await Task.Delay(100);
        }
    }

    private static async Task<JsonElement> SendAsync(Task<HttpResponseMessage> request, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await request;
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(expected, text);
        using var doc = JsonDocument.Parse(text.Length == 0 ? "null" : text);
        return doc.RootElement.Clone();
    }
}
