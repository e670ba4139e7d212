using Okube.Actors.Gateway.Demo;
using Okube.Actors.Tests.Api.Infrastructure;
using Okube.Actors.Tests.Support;

namespace Okube.Actors.Tests.Api;

/// <summary>
/// The acceptance test: synthetic journeys sent shuffled, in batches, one of them twice, with
/// declared campaigns and spend; every model's reports equal the reference attribution.
/// </summary>
[Collection(SiloCollection.Name)]
public sealed class ReportReferenceTests(SiloFactory silo)
{
    private static readonly TestTenant Tenant = TestTenants.Journeys;
    private static readonly DateTimeOffset Start = new(2026, 9, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Day0 = DateOnly.FromDateTime(Start.UtcDateTime);

    [Fact]
    public async Task Reports_of_every_model_equal_the_reference_attribution()
    {
        using var client = silo.Client(Tenant.RetailerKey);
        var reference = new ReferenceAttribution { MinPersons = Tenant.MinPersons };
        var events = new SyntheticJourneys(seed: 20260901, Start).Persons(0, 300).ToList();
        reference.Add(events);

        // Campaign metadata: c07 is declared under another channel than its touches' one; c99 has spend only.
        foreach (var (campaign, channel) in new[] { ("c01", "display"), ("c03", "search"), ("c07", "newsletter"), ("c99", "radio") })
        {
            await client.PutCampaignAsync(campaign, $"Campaign {campaign}", channel);
            reference.CampaignChannels[campaign] = channel;
        }
        await DeclareSpendAsync(client, reference, "c01", Enumerable.Range(0, 20).Select(d => (Day0.AddDays(d), 10.0 + d)));
        await DeclareSpendAsync(client, reference, "c03", [(Day0.AddDays(9), 40.0), (Day0.AddDays(10), 0.0)]);
        await DeclareSpendAsync(client, reference, "c05", [(Day0.AddDays(2), 25.5)]);
        await DeclareSpendAsync(client, reference, "c99", [(Day0.AddDays(11), 300.0)]);

        var shuffled = events.ToArray();
        new Random(7).Shuffle(shuffled);
        var batches = shuffled.Chunk((shuffled.Length + 4) / 5).Select(b => b.ToList()).ToList();
        batches[3].Add(batches[0][0]); // an id already sent in an earlier batch
        var accepted = 0;
        var duplicates = 0;
        for (var i = 0; i < batches.Count; i++)
        {
            var outcome = await client.IngestAsync(batches[i], i % 2 == 0 ? HttpApi.Ndjson : HttpApi.JsonArray);
            outcome.Rejected.Should().BeEmpty();
            accepted += outcome.Accepted;
            duplicates += outcome.Duplicates;
        }
        var replay = await client.IngestAsync(batches[1]);

        // Declared after the touches' costs arrived: the second figure for a day replaces the first.
        await DeclareSpendAsync(client, reference, "c01", [(Day0.AddDays(4), 99.5), (Day0.AddDays(25), 12.25)]);
        var processed = await client.WaitUntilProcessedAsync();

        accepted.Should().Be(events.Count);
        duplicates.Should().Be(1);
        replay.Should().BeEquivalentTo(new { Accepted = 0, Duplicates = batches[1].Count });
        processed.Should().Be(events.Count);
        var (from, to) = (Day0.AddDays(14), Day0.AddDays(34));
        foreach (var model in ReferenceAttribution.Models)
        {
            ReportAssertions.ShouldMatch(await client.GetReportAsync("campaigns", model), reference.Campaigns(model), byCampaign: true);
            ReportAssertions.ShouldMatch(await client.GetReportAsync("channels", model), reference.Channels(model), byCampaign: false);
            ReportAssertions.ShouldMatch(await client.GetReportAsync("campaigns", model, from, to),
                reference.Campaigns(model, from, to), byCampaign: true);
            ReportAssertions.ShouldMatch(await client.GetReportAsync("channels", model, from, to),
                reference.Channels(model, from, to), byCampaign: false);
        }
    }

    [Fact]
    public async Task Report_echoes_model_and_tenant_currency()
    {
        using var client = silo.Client(Tenant.RetailerKey);

        var report = await client.GetReportAsync("channels", "time_decay");

        report.GetProperty("model").GetString().Should().Be("time_decay");
        report.GetProperty("currency").GetString().Should().Be(Tenant.Currency);
    }

    private static async Task DeclareSpendAsync(HttpClient client, ReferenceAttribution reference, string campaign,
        IEnumerable<(DateOnly Day, double Amount)> rows)
    {
        var list = rows.ToList();
        await client.PostSpendAsync(campaign, list);
        if (!reference.Spend.TryGetValue(campaign, out var days))
        {
            reference.Spend[campaign] = days = [];
        }
        foreach (var (day, amount) in list)
        {
            days[day] = amount;
        }
    }
}
