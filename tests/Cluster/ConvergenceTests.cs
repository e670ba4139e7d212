using Okube.Actors.Gateway.Demo;
using Okube.Actors.Tests.Support;

namespace Okube.Actors.Tests.Cluster;

/// <summary>Events arriving in any order, split any way, from many publishers, converge to the reference.</summary>
[Collection(WriteBehindCollection.Name)]
public sealed class ConvergenceTests(WriteBehindCluster fixture)
{
    private static readonly DateTimeOffset Start = new(2026, 4, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly IClusterClient client = fixture.Client;

    [Fact]
    public async Task Many_subjects_published_out_of_order_on_both_silos_converge_to_the_reference()
    {
        var tenant = fixture.NewTenant();
        var journeys = new SyntheticJourneys(seed: 21, Start).Persons(0, 400).ToList();
        var reference = new ReferenceAttribution();
        reference.Add(journeys);
        var random = new Random(21);
        // Each subject's events shuffled, cut into one to three batches, all batches shuffled.
        var batches = JourneyEventConverter.ToBatches(tenant, journeys)
            .SelectMany(b => Split(b, random))
            .OrderBy(_ => random.Next())
            .ToList();

        await client.PublishConcurrentlyAsync(batches, workers: 16);
        await Eventually.ProcessedAsync(client, tenant, journeys.Count);

        await client.ShouldMatchReferenceAsync(tenant, reference);
        await client.ShouldMatchReferenceAsync(tenant, reference, new DateOnly(2026, 4, 10), new DateOnly(2026, 4, 25));
        var stats = await client.GetGrain<IManagementGrain>(0).GetSimpleGrainStatistics();
        stats.Where(s => s.GrainType.Contains("IdentityGrain", StringComparison.Ordinal) && s.ActivationCount > 0)
            .Select(s => s.SiloAddress).Distinct()
            .Should().HaveCount(2, "the persons are spread over both silos");
    }

    [Fact]
    public async Task Concurrent_merges_on_both_silos_converge_to_the_reference_over_the_final_graph()
    {
        var tenant = fixture.NewTenant();
        // Persons of up to 5 subjects joined by links; links, touches and conversions of many
        // persons are published together from 16 tasks, so merges race one another across silos.
        var journeys = new SyntheticJourneys(seed: 24, Start, "EUR", maxSubjectsPerPerson: 5).Persons(0, 300).ToList();
        var reference = new ReferenceAttribution();
        reference.Add(journeys);
        reference.Links.AddRange(journeys.Where(e => e.Type == "identity_link")
            .Select(e => e.LinkedSubjects!.Select(s => ReferenceAttribution.SubjectOf(s.Kind, s.Id)).ToArray()));
        journeys.Count(e => e.Type == "identity_link").Should().BeGreaterThan(300, "the workload merges many persons");
        var random = new Random(24);
        var batches = JourneyEventConverter.ToSingleEventBatches(tenant, journeys).OrderBy(_ => random.Next()).ToList();

        await client.PublishConcurrentlyAsync(batches, workers: 16);
        await Eventually.ProcessedAsync(client, tenant, journeys.Count);

        await client.ShouldMatchReferenceAsync(tenant, reference);
    }

    [Fact]
    public async Task Concurrent_batches_of_one_person_converge_to_the_reference()
    {
        var tenant = fixture.NewTenant();
        var journey = OneBusyPerson(new Random(22));
        var reference = new ReferenceAttribution();
        reference.Add(journey);
        var random = new Random(23);
        var singles = JourneyEventConverter.ToSingleEventBatches(tenant, journey);
        // Every event once on its own and once more inside a random batch of others.
        var regrouped = singles.SelectMany(b => b.Events).OrderBy(_ => random.Next()).Chunk(5)
            .Select(chunk => new SubjectEventBatch(singles[0].Subject, chunk));
        var batches = singles.Concat(regrouped).OrderBy(_ => random.Next()).ToList();

        await client.PublishConcurrentlyAsync(batches, workers: 8);
        await client.PublishAsync(singles[0].Subject, TestEvents.Touch("sentinel", Start.UtcDateTime.AddYears(1), "cz"));
        await Eventually.ProcessedAsync(client, tenant, journey.Count + 1);

        await client.ShouldMatchReferenceAsync(tenant, reference);
        (await client.GetGrain<IIdentityGrain>(TestEvents.PersonOf(singles[0].Subject)).GetSummaryAsync())
            .Should().Be(new IdentitySummary(Touchpoints: 1, Conversions: 0, Subjects: 1, ForwardTo: null),
                "the sentinel a year later makes the whole journey final (past the 90-day allowed lateness): " +
                "it leaves memory while its credit stays, as the reference check above shows");
    }

    private static IEnumerable<SubjectEventBatch> Split(SubjectEventBatch batch, Random random)
    {
        var events = batch.Events.OrderBy(_ => random.Next()).ToArray();
        var parts = Math.Min(events.Length, random.Next(1, 4));
        var size = (events.Length + parts - 1) / parts;
        return events.Chunk(size).Select(chunk => batch with { Events = chunk });
    }

    /// <summary>40 touches over three campaigns and 8 conversions within five weeks, some at the same instant.</summary>
    private static List<JourneyEvent> OneBusyPerson(Random random)
    {
        var events = new List<JourneyEvent>();
        string[] campaigns = ["ca", "cb", "cc"];
        string[] channels = ["display", "search", "social"];
        for (var i = 0; i < 40; i++)
        {
            var c = random.Next(campaigns.Length);
            events.Add(new JourneyEvent
            {
                Id = $"t{i:D2}", Type = "touchpoint", SubjectKind = "cookie", SubjectId = "busy",
                OccurredAt = Start.AddHours(random.Next(0, 24 * 35) / 3 * 3),
                Campaign = campaigns[c], Channel = channels[random.Next(channels.Length)], Interaction = "click",
                Cost = random.Next(3) == 0 ? 0.5 : null,
            });
        }
        for (var i = 0; i < 8; i++)
        {
            var at = Start.AddHours(random.Next(24 * 3, 24 * 40));
            events.Add(i % 3 == 2
                ? new JourneyEvent
                {
                    Id = $"v{i}", Type = "store_visit", SubjectKind = "cookie", SubjectId = "busy",
                    OccurredAt = at, Store = "lyon-02",
                }
                : new JourneyEvent
                {
                    Id = $"o{i}", Type = "transaction", SubjectKind = "cookie", SubjectId = "busy",
                    OccurredAt = at, OrderId = $"order-{i}", Amount = 10 + i * 7.25, Currency = "EUR",
                });
        }
        return events;
    }
}
