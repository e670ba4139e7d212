using Okube.Actors.Grains.Identities;
using Okube.Actors.Identities;
using Okube.Actors.Gateway.Demo;
using Okube.Actors.Tests.Support;
using static Okube.Actors.Tests.Cluster.Infrastructure.TestCredits;
using static Okube.Actors.Tests.Cluster.Infrastructure.TestEvents;

namespace Okube.Actors.Tests.Cluster;

/// <summary>
/// Grains deactivated and activated again carry on from their stored state. Run once with
/// write-behind and once with write-through persistence (see the two derived classes).
/// </summary>
public abstract class PersistenceTests(ClusterFixture fixture)
{
    private readonly IClusterClient client = fixture.Client;

    [Fact]
    public async Task Reactivated_identity_and_campaign_keep_figures_and_recredit_late_touches()
    {
        var tenant = fixture.NewTenant();
        var subject = Cookie(tenant, "persist-1");
        await client.PublishAsync(subject, Touch("t1", Noon.AddDays(-3), "ca", cost: 2), Purchase("p1", Noon, 120));
        await Eventually.ProcessedAsync(client, tenant, 2);
        var before = await FigureSnapshot.TakeAsync(client, tenant);

        await DeactivateAsync(
            client.GetGrain<IDeviceGrain>(subject.GrainKey),
            client.GetGrain<IIdentityGrain>(PersonOf(subject)),
            client.GetGrain<ICampaignGrain>(GrainKeys.Campaign(tenant, "ca")),
            client.GetGrain<IUnattributedGrain>(tenant),
            client.GetGrain<ITenantGrain>(tenant));

        FigureSnapshot.ShouldMatch(await FigureSnapshot.TakeAsync(client, tenant), before, "figures after reactivation");
        (await client.GetGrain<IIdentityGrain>(PersonOf(subject)).GetSummaryAsync()).Should().Be(new IdentitySummary(1, 1, 1, null));
        (await client.GetGrain<ITenantGrain>(tenant).GetProcessedAsync()).Should().Be(2);

        // t1 again is a duplicate the restored identity must recognise; t0 re-splits the restored purchase.
        await client.PublishAsync(subject, Touch("t1", Noon.AddDays(-3), "ca", cost: 2), Touch("t0", Noon.AddDays(-10), "cb", "search"));
        await Eventually.ProcessedAsync(client, tenant, 3);

        var linear = await TenantFigures.ReadAsync(client, tenant, "linear");
        linear.CampaignRows().Should().Equal(
            new FigureRow("ca", "display", 2, 0.5, 60, 0, 1),
            new FigureRow("cb", "search", 0, 0.5, 60, 0, 1));
        var firstTouch = await TenantFigures.ReadAsync(client, tenant, "first_touch");
        firstTouch.Campaign("cb")!.Conversions.Should().Be(1);
        firstTouch.Campaign("ca")!.Conversions.Should().Be(0);
    }

    [Fact]
    public async Task Identity_state_is_stored_when_the_persistence_mode_says()
    {
        var tenant = fixture.NewTenant();
        var subject = Cookie(tenant, "persist-0");
        var identity = client.GetGrain<IIdentityGrain>(PersonOf(subject));
        await client.PublishAsync(subject, Touch("t1", Noon.AddDays(-3), "ca"), Purchase("p1", Noon, 120));
        await Eventually.ProcessedAsync(client, tenant, 2);

        if (fixture.WriteThrough)
        {
            var written = await StoredState.IdentityAsync(fixture, identity);
            (written.Touchpoints.Count, written.Conversions.Count).Should().Be((1, 1), "write-through stores each batch at once");
        }
        await DeactivateAsync(identity);

        var stored = await StoredState.IdentityAsync(fixture, identity);
        stored.Touchpoints.Select(t => t.EventId).Should().Equal("t1");
        stored.Conversions.Should().ContainSingle().Which.Should().Match<StoredConversion>(
            c => c.EventId == "p1" && c.Version > 0 && c.Value == 120);
    }

    [Fact]
    public async Task Reactivated_campaign_still_ignores_older_versions_and_known_costs()
    {
        var tenant = fixture.NewTenant();
        var campaign = client.GetGrain<ICampaignGrain>(GrainKeys.Campaign(tenant, "cx"));
        await campaign.ApplyAsync(Batch([CreditFor("conv-1", 2, 0.5), CreditFor("conv-2", 1, 1, person: "cookie/p2")],
            new TouchCost("touch-1", Day, 5, "display")));
        await campaign.ApplyAsync(Batch(Retraction("conv-2", 3, person: "cookie/p2")));
        var expected = new FigureRow("cx", "display", 5, 0.5, 50, 0, 1);
        (await TenantFigures.ReadAsync(client, tenant, "linear")).Campaign("cx").Should().Be(expected);

        await DeactivateAsync(campaign);

        (await TenantFigures.ReadAsync(client, tenant, "linear")).Campaign("cx").Should().Be(expected, "state came back");
        await campaign.ApplyAsync(Batch([CreditFor("conv-1", 1, 1), CreditFor("conv-2", 2, 1, person: "cookie/p2")],
            new TouchCost("touch-1", Day, 5, "display")));
        (await TenantFigures.ReadAsync(client, tenant, "linear")).Campaign("cx")
            .Should().Be(expected, "versions, the retraction and the costed touch were restored");
    }

    [Fact]
    public async Task Collected_activations_come_back_and_converge_to_the_reference()
    {
        var tenant = fixture.NewTenant();
        var journeys = new SyntheticJourneys(seed: 31, new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero))
            .Persons(0, 25).ToList();
        var reference = new ReferenceAttribution();
        reference.Add(journeys);
        foreach (var batch in JourneyEventConverter.ToBatches(tenant, journeys))
        {
            await client.PublishAsync(batch);
        }
        await Eventually.ProcessedAsync(client, tenant, journeys.Count);
        var before = await FigureSnapshot.TakeAsync(client, tenant);

        var conversion = journeys.First(e => e.Type == "transaction");
        var identity = client.GetGrain<IIdentityGrain>(PersonOf(JourneyEventConverter.SubjectOf(tenant, conversion)));
        var campaignId = (await client.GetGrain<ITenantGrain>(tenant).GetCampaignsAsync())[0];
        var campaign = client.GetGrain<ICampaignGrain>(GrainKeys.Campaign(tenant, campaignId));
        var gone = Task.WhenAll(
            fixture.Cluster.WaitForDeactivationAsync(identity),
            fixture.Cluster.WaitForDeactivationAsync(campaign),
            fixture.Cluster.WaitForDeactivationAsync(client.GetGrain<ITenantGrain>(tenant)));
        await client.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        await gone.WaitAsync(Eventually.Deadline);

        FigureSnapshot.ShouldMatch(await FigureSnapshot.TakeAsync(client, tenant), before, "figures after collection");
        (await client.GetGrain<ITenantGrain>(tenant).GetProcessedAsync()).Should().Be(journeys.Count);

        var late = new JourneyEvent
        {
            Id = "late-touch", Type = "touchpoint", OccurredAt = conversion.OccurredAt.AddHours(-1),
            SubjectKind = conversion.SubjectKind, SubjectId = conversion.SubjectId,
            Channel = "video", Interaction = "click", Campaign = "late", Cost = 1.5,
        };
        reference.Add([late]);
        await client.PublishAsync(JourneyEventConverter.ToBatches(tenant, [late])[0]);
        await Eventually.ProcessedAsync(client, tenant, journeys.Count + 1);

        await client.ShouldMatchReferenceAsync(tenant, reference);
    }

    private async Task DeactivateAsync(params IAddressable[] grains)
    {
        foreach (var grain in grains)
        {
            await fixture.Cluster.DeactivateAsync(grain);
        }
    }
}
