namespace Okube.Actors.Tests.EventHubs;

/// <summary>What the gateway publishes on subject streams travels through the hub to the grains.</summary>
[Collection(EventHubCollection.Name)]
public sealed class GatewayPathTests(EventHubClusterFixture fixture)
{
    private static readonly DateTime Noon = new(2026, 3, 20, 12, 0, 0, DateTimeKind.Utc);
    private readonly IClusterClient client = fixture.Client;

    [Fact]
    public async Task Batches_the_gateway_publishes_travel_through_the_hub_to_the_grains()
    {
        var tenant = fixture.NewTenant();
        var batches = Enumerable.Range(0, 6).Select(i => new SubjectEventBatch(
            TestTenants.Subject(tenant, "device", $"gw-{i}"),
            [
                Touch($"{tenant}-{i}-a", Noon.AddHours(-30)),
                Touch($"{tenant}-{i}-b", Noon.AddHours(-3)),
                new SubjectEvent
                {
                    Id = $"{tenant}-{i}-o", Kind = EventKind.Transaction, OccurredAt = Noon, AcceptedAt = DateTime.UtcNow,
                    Amount = 10 + i, Currency = "EUR", OrderId = $"o-{i}",
                },
            ])).ToList();
        var before = fixture.Hub.Lengths().Sum();

        foreach (var batch in batches)
        {
            await client.PublishAsync(batch);
        }
        await Eventually.ProcessedAsync(client, tenant, 18);

        (fixture.Hub.Lengths().Sum() - before).Should().Be(batches.Count, "one event data per published batch");
        foreach (var batch in batches)
        {
            var partition = fixture.Hub.PartitionOf(batch.Subject.GrainKey);
            var data = fixture.Hub.Events(partition).Single(e => e.PartitionKey == batch.Subject.GrainKey);
            data.Properties[EventHubWireFormat.FormatProperty].Should().Be(EventHubWireFormat.SubjectBatchFormat);
            data.Properties[EventHubWireFormat.TenantProperty].Should().Be(tenant);
            var summary = await client.GetGrain<IIdentityGrain>(GrainKeys.Identity(tenant, batch.Subject.OwnPersonKey)).GetSummaryAsync();
            summary.Should().Be(new IdentitySummary(2, 1, 1, null));
        }
        var figures = await client.GetGrain<ICampaignGrain>(GrainKeys.Campaign(tenant, "gw")).GetFiguresAsync("last_touch", null, null);
        figures.ByChannel.Sum(f => f.Conversions).Should().BeApproximately(6, 1e-9, "each purchase's last touch is the campaign's");
        figures.ByChannel.Sum(f => f.Revenue).Should().BeApproximately(batches.Sum(b => b.Events[2].Amount), 1e-9);
    }

    private static SubjectEvent Touch(string id, DateTime at) => new()
    {
        Id = id, Kind = EventKind.Touchpoint, OccurredAt = at, AcceptedAt = DateTime.UtcNow,
        Campaign = "gw", Channel = "search", Interaction = InteractionKind.Click,
    };
}
