using Okube.Actors.Gateway.Demo;
using Okube.Actors.Tests.Api.Infrastructure;

namespace Okube.Actors.Tests.Api.IdentityGraph;

/// <summary>
/// Links over overlapping persons posted as many concurrent batches (one of them posted twice
/// at once), while the linked persons already hold events and new conversions keep arriving:
/// merges race, and once processed the reports equal the reference over the final graph.
/// </summary>
[Collection(SiloCollection.Name)]
public sealed class ConcurrentLinkTests(SiloFactory silo)
{
    private static readonly TestTenant Tenant = TestTenants.GraphRace;
    private const int Groups = 10;
    private const int SubjectsPerGroup = 6;

    [Fact]
    public async Task Concurrent_link_batches_over_overlapping_persons_converge_to_the_reference()
    {
        var start = new DateTimeOffset(2026, 2, 2, 0, 0, 0, TimeSpan.Zero);
        var (from, to) = (new DateOnly(2026, 2, 1), new DateOnly(2026, 4, 30));
        var scenario = new GraphScenario();
        var generator = new PersonGraphGenerator(seed: 77, "race", start);
        var groups = Enumerable.Range(0, Groups)
            .Select(g => generator.AddPerson(scenario, $"p{g}", SubjectsPerGroup, linkTree: false))
            .ToList();
        using var client = silo.Client(Tenant.RetailerKey);
        (await client.IngestGraphAsync(scenario.Items)).Accepted.Should().Be(scenario.Items.Count);
        await client.WaitUntilProcessedAsync();

        // Round 1: per group a chain through all subjects plus extra edges, so every batch's
        // links reach persons that other batches are merging at the same time.
        var round1 = new List<JourneyEvent>();
        foreach (var subjects in groups)
        {
            for (var i = 1; i < subjects.Count; i++)
            {
                round1.Add(generator.Link(scenario, start, [subjects[i - 1], subjects[i]]));
            }
            for (var extra = 0; extra < 3; extra++)
            {
                var a = generator.Random.Next(subjects.Count);
                var b = (a + 1 + generator.Random.Next(subjects.Count - 1)) % subjects.Count;
                round1.Add(generator.Link(scenario, start, [subjects[a], subjects[b]]));
            }
        }
        var round1Outcomes = await PostConcurrentlyAsync(client, round1, batches: 8, generator.Random, postOneTwice: true);
        round1Outcomes.Sum(o => o.Accepted).Should().Be(round1.Count, "a batch posted twice at once is accepted once");
        await client.WaitUntilProcessedAsync();
        await client.ShouldMatchReferenceAsync(scenario.Reference, from, to);

        // Round 2: pairs of groups join (2 x 6 subjects, under the default cap of 50) while
        // new conversions arrive on their subjects, all at once.
        var round2 = new List<JourneyEvent>();
        for (var g = 0; g + 1 < Groups; g += 2)
        {
            for (var k = 0; k < 3; k++)
            {
                var a = groups[g][generator.Random.Next(SubjectsPerGroup)];
                var b = groups[g + 1][generator.Random.Next(SubjectsPerGroup)];
                round2.Add(generator.Link(scenario, start, [a, b]));
            }
            var buyer = groups[g + 1][generator.Random.Next(SubjectsPerGroup)];
            round2.Add(scenario.Add(GraphEvents.Order($"race-late-{g}", generator.Spell(buyer),
                start.AddDays(20 + g), 50 + g, store: "store-9")));
        }
        var round2Outcomes = await PostConcurrentlyAsync(client, round2, batches: round2.Count, generator.Random, postOneTwice: false);
        round2Outcomes.Sum(o => o.Accepted).Should().Be(round2.Count);
        await client.WaitUntilProcessedAsync();
        await client.ShouldMatchReferenceAsync(scenario.Reference, from, to);
    }

    private static async Task<IngestOutcome[]> PostConcurrentlyAsync(HttpClient client, List<JourneyEvent> items, int batches,
        Random random, bool postOneTwice)
    {
        var shuffled = items.ToArray();
        random.Shuffle(shuffled);
        var chunks = shuffled.Chunk((shuffled.Length + batches - 1) / batches).ToList();
        if (postOneTwice)
        {
            chunks.Add(chunks[0]);
        }
        return await Task.WhenAll(chunks.Select(chunk => Task.Run(() => client.IngestGraphAsync(chunk))));
    }
}
