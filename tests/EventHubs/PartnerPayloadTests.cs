using Okube.Actors.Gateway.Demo;
using Okube.Actors.Tests.Support;

namespace Okube.Actors.Tests.EventHubs;

/// <summary>Partner MessagePack payloads on the hub reach the device, identity and campaign grains.</summary>
[Collection(EventHubCollection.Name)]
public sealed class PartnerPayloadTests(EventHubClusterFixture fixture)
{
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 0, 0, 0, TimeSpan.Zero);
    private readonly IClusterClient client = fixture.Client;

    [Fact]
    public async Task Partner_touchpoints_with_gateway_conversions_give_the_figures_of_the_reference()
    {
        var tenant = fixture.NewTenant();
        using var malformed = new MalformedCounter();
        var journeys = new SyntheticJourneys(seed: 21, Start).Persons(0, 60).ToList();
        var reference = new ReferenceAttribution();
        reference.Add(journeys);
        var touches = journeys.Where(e => e.Type == "touchpoint").ToList();
        var conversions = journeys.Where(e => e.Type != "touchpoint").ToList();
        conversions.Should().NotBeEmpty("the figures must have conversions to credit");

        fixture.Hub.SendAsPartner(tenant, touches);
        await client.PublishAsGatewayAsync(tenant, conversions);
        await Eventually.ProcessedAsync(client, tenant, journeys.Count);

        (await Figures.ReadAsync(client, tenant)).ShouldMatch(Figures.Expected(reference), "agency touches by Event Hubs, conversions by the gateway");
        malformed.Of(tenant).Should().Be(0, "every payload was well formed");
    }

    [Fact]
    public async Task Each_partner_subject_reaches_its_own_device_and_identity_with_all_its_touches()
    {
        var tenant = fixture.NewTenant();
        var touches = new SyntheticJourneys(seed: 22, Start).Persons(0, 25).Where(e => e.Type == "touchpoint").ToList();
        var payloads = fixture.Hub.SendAsPartner(tenant, touches, perPayload: 2);
        payloads.Should().BeGreaterThan(touches.Select(PartnerPayloads.PartitionKey).Distinct().Count(), "some subjects span several payloads");
        await Eventually.ProcessedAsync(client, tenant, touches.Count);

        foreach (var bySubject in touches.GroupBy(PartnerPayloads.PartitionKey))
        {
            var first = bySubject.First();
            var subject = TestTenants.Subject(tenant, first.SubjectKind, first.SubjectId);
            (await client.GetGrain<IDeviceGrain>(subject.GrainKey).GetPersonAsync()).Should().Be(subject.OwnPersonKey);
            var summary = await client.GetGrain<IIdentityGrain>(GrainKeys.Identity(tenant, subject.OwnPersonKey)).GetSummaryAsync();
            summary.Should().Be(new IdentitySummary(bySubject.Count(), 0, Subjects: 1, ForwardTo: null), bySubject.Key);
        }
        var shards = TestTenants.Options().Ingest.EventIdShards;
        var accepted = await Task.WhenAll(Enumerable.Range(0, shards).Select(s =>
            client.GetGrain<IEventIdIndexGrain>(GrainKeys.EventIdShard(tenant, s)).GetCountAsync()));
        accepted.Sum().Should().Be(touches.Count, "partner events count as accepted, as the gateway's do");
    }
}
