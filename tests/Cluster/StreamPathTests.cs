using Okube.Actors.Gateway.Demo;
using Okube.Actors.Tests.Support;

namespace Okube.Actors.Tests.Cluster;

/// <summary>Events published on subject streams travel device → identity → campaign grains.</summary>
[Collection(WriteBehindCollection.Name)]
public sealed class StreamPathTests(WriteBehindCluster fixture)
{
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 0, 0, 0, TimeSpan.Zero);
    private readonly IClusterClient client = fixture.Client;

    [Fact]
    public async Task Published_events_give_every_model_the_figures_of_the_reference()
    {
        var tenant = fixture.NewTenant();
        var journeys = new SyntheticJourneys(seed: 11, Start).Persons(0, 80).ToList();
        var reference = new ReferenceAttribution();
        reference.Add(journeys);

        foreach (var batch in JourneyEventConverter.ToBatches(tenant, journeys))
        {
            await client.PublishAsync(batch);
        }
        await Eventually.ProcessedAsync(client, tenant, journeys.Count);

        await client.ShouldMatchReferenceAsync(tenant, reference);
        await client.ShouldMatchReferenceAsync(tenant, reference, new DateOnly(2026, 1, 20), new DateOnly(2026, 2, 3));
    }

    [Fact]
    public async Task Declared_spend_and_channel_count_as_the_reference_says()
    {
        var tenant = fixture.NewTenant();
        var journeys = new SyntheticJourneys(seed: 12, Start).Persons(0, 60).ToList();
        var reference = new ReferenceAttribution();
        reference.Add(journeys);
        var costedDay = journeys.Where(e => e.Cost > 0 && e.Campaign is not null)
            .Select(e => (Campaign: e.Campaign!, Day: DateOnly.FromDateTime(e.OccurredAt.UtcDateTime))).First();
        reference.Spend[costedDay.Campaign] = new() { [costedDay.Day] = 40 };
        reference.Spend["c99"] = new() { [new DateOnly(2026, 1, 10)] = 25, [new DateOnly(2026, 1, 11)] = 5 };
        reference.CampaignChannels["c03"] = "tv";

        await client.GetGrain<ICampaignGrain>(GrainKeys.Campaign(tenant, costedDay.Campaign))
            .SetSpendAsync([new SpendRow(costedDay.Day, 40)]);
        await client.GetGrain<ICampaignGrain>(GrainKeys.Campaign(tenant, "c99"))
            .SetSpendAsync([new SpendRow(new DateOnly(2026, 1, 10), 99), new SpendRow(new DateOnly(2026, 1, 11), 5)]);
        await client.GetGrain<ICampaignGrain>(GrainKeys.Campaign(tenant, "c99"))
            .SetSpendAsync([new SpendRow(new DateOnly(2026, 1, 10), 25)]);
        await client.GetGrain<ICampaignGrain>(GrainKeys.Campaign(tenant, "c03"))
            .SetMetadataAsync(new CampaignMetadata("Spring sale", "tv"));
        foreach (var batch in JourneyEventConverter.ToBatches(tenant, journeys))
        {
            await client.PublishAsync(batch);
        }
        await Eventually.ProcessedAsync(client, tenant, journeys.Count);

        await client.ShouldMatchReferenceAsync(tenant, reference);
        await client.ShouldMatchReferenceAsync(tenant, reference, new DateOnly(2026, 1, 10), new DateOnly(2026, 1, 10));
    }

    [Fact]
    public async Task Each_subject_reaches_its_own_identity_with_all_its_events()
    {
        var tenant = fixture.NewTenant();
        var journeys = new SyntheticJourneys(seed: 13, Start).Persons(0, 30).ToList();
        var batches = JourneyEventConverter.ToBatches(tenant, journeys);
        foreach (var batch in batches)
        {
            await client.PublishAsync(batch);
        }
        await Eventually.ProcessedAsync(client, tenant, journeys.Count);

        foreach (var batch in batches)
        {
            var person = TestEvents.PersonOf(batch.Subject);
            (await client.GetGrain<IDeviceGrain>(batch.Subject.GrainKey).GetPersonAsync()).Should().Be(batch.Subject.OwnPersonKey);
            var summary = await client.GetGrain<IIdentityGrain>(person).GetSummaryAsync();
            summary.Should().Be(new IdentitySummary(
                batch.Events.Count(e => e.Kind == EventKind.Touchpoint),
                batch.Events.Count(e => e.Kind is EventKind.Transaction or EventKind.StoreVisit),
                Subjects: 1,
                ForwardTo: null), person);
        }
    }

    [Fact]
    public async Task Tenant_lookback_and_half_life_shape_the_credit()
    {
        const string tenant = ClusterFixture.ShortLookbackTenant;
        var journeys = new SyntheticJourneys(seed: 14, Start).Persons(0, 80).ToList();
        var reference = new ReferenceAttribution
        {
            Lookback = ClusterFixture.ShortLookback,
            HalfLifeDays = ClusterFixture.ShortHalfLife.TotalDays,
        };
        reference.Add(journeys);
        var withDefaults = new ReferenceAttribution();
        withDefaults.Add(journeys);
        reference.Campaigns("linear").UnattributedConversions
            .Should().BeGreaterThan(withDefaults.Campaigns("linear").UnattributedConversions,
                "the data must tell a 7-day lookback from the default 30 days");

        foreach (var batch in JourneyEventConverter.ToBatches(tenant, journeys))
        {
            await client.PublishAsync(batch);
        }
        await Eventually.ProcessedAsync(client, tenant, journeys.Count);

        await client.ShouldMatchReferenceAsync(tenant, reference);
    }
}
