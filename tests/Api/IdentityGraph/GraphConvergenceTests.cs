using Okube.Actors.Tests.Api.Infrastructure;

namespace Okube.Actors.Tests.Api.IdentityGraph;

/// <summary>
/// The acceptance property of the identity graph: generated persons of up to 5 subjects, their
/// events and links shuffled together and sent in batches (one of them twice); once processed,
/// the reports of every model equal the reference over the final graph. Each seed keeps to
/// its own window of days and reads only that window's reports.
/// </summary>
[Collection(SiloCollection.Name)]
public sealed class GraphConvergenceTests(SiloFactory silo)
{
    private static readonly TestTenant Tenant = TestTenants.GraphJourneys;
    private const int Batches = 5;

    [Theory]
    [InlineData(1, "2026-01-05")]
    [InlineData(2, "2026-04-05")]
    [InlineData(3, "2026-07-04")]
    public async Task Reports_over_shuffled_events_and_links_equal_the_reference_over_the_final_graph(int seed, string window)
    {
        var from = DateOnly.Parse(window, System.Globalization.CultureInfo.InvariantCulture);
        var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var prefix = $"g{seed}";
        var scenario = new GraphScenario();
        var generator = new PersonGraphGenerator(seed, prefix, start);
        for (var p = 0; p < 35; p++)
        {
            generator.AddPerson(scenario, $"p{p}", generator.Random.Next(1, 6));
        }

        // A chain A-B, B-C, C-D whose links arrive in reverse order, a touch at one end and a purchase at the other.
        var chain = generator.AddPerson(scenario, "chain", 4, linkTree: false);
        var chainLinks = new[] { (0, 1), (1, 2), (2, 3) }
            .Select(e => generator.Link(scenario, start, [chain[e.Item1], chain[e.Item2]]))
            .ToArray();
        scenario.Add(GraphEvents.Touch($"{prefix}-chain-ta", generator.Spell(chain[0]), start.AddDays(16), $"{prefix}-chain-c", "display"));
        scenario.Add(GraphEvents.Order($"{prefix}-chain-od", generator.Spell(chain[3]), start.AddDays(18), 99.5, store: "store-0"));

        // A cycle A-B, B-C, C-A.
        var cycle = generator.AddPerson(scenario, "cycle", 3, linkTree: false);
        foreach (var (a, b) in new[] { (0, 1), (1, 2), (2, 0) })
        {
            generator.Link(scenario, start, [cycle[a], cycle[b]]);
        }

        var free = scenario.Items.Except(chainLinks).ToArray();
        generator.Random.Shuffle(free);
        var batches = free.Chunk((free.Length + Batches - 1) / Batches).Select(b => b.ToList()).ToList();
        batches.Should().HaveCount(Batches);
        batches[0].Add(chainLinks[2]);
        batches[2].Add(chainLinks[1]);
        batches[4].Add(chainLinks[0]);
        using var client = silo.Client(Tenant.RetailerKey);

        var accepted = 0;
        for (var i = 0; i < batches.Count; i++)
        {
            var outcome = await client.IngestGraphAsync(batches[i], i % 2 == 0 ? HttpApi.Ndjson : HttpApi.JsonArray);
            outcome.Duplicates.Should().Be(0);
            accepted += outcome.Accepted;
        }
        var replay = await client.IngestGraphAsync(batches[1]);
        var processed = await client.WaitUntilProcessedAsync();

        accepted.Should().Be(scenario.Items.Count);
        replay.Should().BeEquivalentTo(new { Accepted = 0, Duplicates = batches[1].Count });
        processed.Should().BeGreaterThanOrEqualTo(accepted);
        scenario.Reference.Links.Should().Contain(l => l.Length == 3, "some links join three subjects");
        await client.ShouldMatchReferenceAsync(scenario.Reference, from, from.AddDays(85));
    }
}
