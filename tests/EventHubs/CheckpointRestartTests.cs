using System.Globalization;
using Okube.Actors.Gateway.Demo;
using Okube.Actors.Tests.Support;
using Xunit.Abstractions;

namespace Okube.Actors.Tests.EventHubs;

/// <summary>
/// A cluster stopped and started again over the same hub and storage resumes each partition at
/// its checkpoint: what it reads again counts nothing twice, and what came after arrives.
/// </summary>
public sealed class CheckpointRestartTests(ITestOutputHelper output)
{
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Late = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly string Tenant = TestTenants.Name(TestTenants.Count);

    [Fact]
    public async Task A_restarted_cluster_resumes_at_its_checkpoints_counts_nothing_twice_and_takes_what_came_after()
    {
        var hub = new InMemoryEventHub(4);
        var store = new SharedGrainStore();
        var journeys = new SyntheticJourneys(seed: 31, Start);
        var first = journeys.Persons(0, 40).ToList();
        var second = journeys.Persons(40, 20).ToList();
        var reference = new ReferenceAttribution();
        reference.Add(first);

        List<Figure> before;
        await using (var cluster = await EventHubClusters.StartAsync(hub, store))
        {
            await SendAsync(cluster.Client, hub, first);
            await Eventually.ProcessedAsync(cluster.Client, Tenant, first.Count);
            before = await Figures.ReadAsync(cluster.Client, Tenant);
            before.ShouldMatch(Figures.Expected(reference), "before the restart");
        }
        var held = hub.Lengths();
        var startsBefore = hub.Starts.Count;
        held.Should().OnlyContain(n => n > 0, "every partition holds events, so every one has a checkpoint to resume at");

        await using (var cluster = await EventHubClusters.StartAsync(hub, store))
        {
            var restarts = await Eventually.UntilLocalAsync(() => hub.Starts.Skip(startsBefore).ToList(),
                s => s.Select(r => r.Partition).Distinct().Count() == held.Length, "a receiver on every partition again");
            output.WriteLine($"held before: {string.Join(", ", held)}; resumed at: {string.Join(", ", restarts.Select(r => $"{r.Partition}@{r.Offset}"))}");
            restarts.Should().OnlyContain(r => r.Offset != "-1", "each partition resumes at its checkpoint, not at its start");
            restarts.Should().OnlyContain(r => long.Parse(r.Offset, CultureInfo.InvariantCulture) < held[int.Parse(r.Partition, CultureInfo.InvariantCulture)],
                "a checkpoint never passes what was read");

            // A later touch for every subject: each stream's events read again are handled before it.
            var lateTouches = first.GroupBy(PartnerPayloads.PartitionKey).Select(s => s.First()).Select((e, i) => new JourneyEvent
            {
                Id = $"late-{i}", Type = "touchpoint", OccurredAt = Late, SubjectKind = e.SubjectKind, SubjectId = e.SubjectId,
                Channel = "display", Interaction = "impression", Campaign = "c01",
            }).ToList();
            hub.SendAsPartner(Tenant, lateTouches);
            await Eventually.ProcessedAsync(cluster.Client, Tenant, first.Count + lateTouches.Count);
            (await Figures.ReadAsync(cluster.Client, Tenant)).ShouldMatch(before,
                "events read again from the checkpoints count nothing twice (and touches after every conversion credit none)");

            await SendAsync(cluster.Client, hub, second);
            reference.Add(lateTouches);
            reference.Add(second);
            await Eventually.ProcessedAsync(cluster.Client, Tenant, first.Count + lateTouches.Count + second.Count);
            (await Figures.ReadAsync(cluster.Client, Tenant)).ShouldMatch(Figures.Expected(reference), "after the restart");
        }
    }

    /// <summary>Touches as partner payloads, conversions through the gateway.</summary>
    private static async Task SendAsync(IClusterClient client, InMemoryEventHub hub, List<JourneyEvent> events)
    {
        hub.SendAsPartner(Tenant, events.Where(e => e.Type == "touchpoint"));
        await client.PublishAsGatewayAsync(Tenant, events.Where(e => e.Type != "touchpoint"));
    }
}
