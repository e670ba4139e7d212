using System.Runtime.InteropServices;
using Okube.Actors.Attribution.Ledger;
using Okube.Actors.Gateway.Demo;
using static Okube.Actors.Tests.Unit.Ledger.Merges.MergeFixtures;

namespace Okube.Actors.Tests.Unit.Ledger.Merges;

/// <summary>
/// Events, duplicates and links of random persons in random order and batches, merged by
/// absorbing into the smallest key, credits delivered late, out of order and twice: the books
/// equal the reference over the final graph, every credit under the person's final key.
/// </summary>
public sealed class MergeConvergenceTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Random_events_and_links_in_any_order_converge_to_the_reference_over_the_final_graph(int seed)
    {
        var random = new Random(seed);
        var scenario = MergeScenario.Generate(random, 60);
        var graph = new LedgerGraph();
        var books = new CreditBooks();
        var pending = new List<CampaignCredit>();
        var delivered = new List<CampaignCredit>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var batch = new List<JourneyEvent>();
        var collected = 0;

        void Flush()
        {
            var fresh = batch.Select(e => e.Id).Distinct().Count(seen.Add);
            graph.Add(batch).Should().Be(fresh, "events already held are duplicates, wherever their person went");
            batch.Clear();
        }
        void Collect()
        {
            foreach (var changes in graph.Emitted.Skip(collected))
            {
                pending.AddRange(changes.Credits);
                changes.Costs.ForEach(books.Apply);
            }
            collected = graph.Emitted.Count;
        }

        foreach (var (e, link) in Arrivals(scenario, random))
        {
            if (e is not null)
            {
                batch.Add(e);
            }
            if (link is not null || random.Next(6) == 0)
            {
                Flush();
            }
            if (link is not null)
            {
                graph.Link(link);
            }
            Collect();
            Deliver(books, pending, delivered, random, all: false);
        }
        Flush();
        Collect();
        Deliver(books, pending, delivered, random, all: true);
        // Stale credits delivered again change nothing.
        books.Apply(delivered.Where(_ => random.Next(3) == 0).ToList());

        books.ShouldMatch(scenario.Reference());
        graph.Merges.Should().BeGreaterThan(30, "the scenario merges many persons");
        var subjectOf = scenario.Events.ToDictionary(e => e.Id, e => e.SubjectId);
        books.Entries().Should().AllSatisfy(c => c.PersonKey.Should().Be(graph.RootOf(subjectOf[c.ConversionId]),
            $"{c.ConversionId} is credited under its person's final key"));
        graph.Persons.Should().AllSatisfy(p => p.Settle().IsEmpty.Should().BeTrue());
        var costed = scenario.Events.Where(e => e.Cost > 0).ToList();
        graph.Emitted.SelectMany(c => c.Costs).Select(c => c.TouchpointId)
            .Should().BeEquivalentTo(costed.Select(e => e.Id), "each touch's cost is sent once, merges included");
        foreach (var (campaign, spend) in books.Spend)
        {
            BookAssertions.Close(spend.Total(default),
                costed.Where(e => (e.Campaign ?? JourneyMapping.NoCampaign) == campaign).Sum(e => e.Cost!.Value), $"spend of {campaign}");
        }
    }

    /// <summary>Events and links shuffled together, then 20 events sent again in the second half.</summary>
    private static List<(JourneyEvent? Event, string[]? Link)> Arrivals(MergeScenario scenario, Random random)
    {
        var arrivals = scenario.Events.Select(e => ((JourneyEvent?)e, (string[]?)null))
            .Concat(scenario.Links.Select(l => ((JourneyEvent?)null, (string[]?)l)))
            .ToList();
        random.Shuffle(CollectionsMarshal.AsSpan(arrivals));
        for (var i = 0; i < 20; i++)
        {
            var e = scenario.Events[random.Next(scenario.Events.Count)];
            arrivals.Insert(random.Next(arrivals.Count / 2, arrivals.Count + 1), (e, null));
        }
        return arrivals;
    }

    /// <summary>Delivers a random part of the pending credits (all of them at the end) in random order.</summary>
    private static void Deliver(CreditBooks books, List<CampaignCredit> pending, List<CampaignCredit> delivered, Random random, bool all)
    {
        var shuffled = pending.ToArray();
        random.Shuffle(shuffled);
        var count = all ? shuffled.Length : random.Next(shuffled.Length + 1);
        var now = shuffled.Take(count).ToList();
        books.Apply(now);
        delivered.AddRange(now);
        pending.Clear();
        pending.AddRange(shuffled.Skip(count));
    }
}
