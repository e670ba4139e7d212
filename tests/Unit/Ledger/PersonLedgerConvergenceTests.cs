using Okube.Actors.Attribution;
using Okube.Actors.Gateway.Demo;
using Okube.Actors.Tests.Unit.Infrastructure;

namespace Okube.Actors.Tests.Unit.Ledger;

/// <summary>
/// One ledger per person, events in any order and batching, duplicates re-added, credits
/// aggregated into books: the books equal what the reference computes from the distinct events.
/// </summary>
public sealed class PersonLedgerConvergenceTests
{
    private static ConvergenceScenario Scenario => ConvergenceScenario.Instance;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Random_arrival_orders_and_batches_with_duplicates_converge_to_the_reference(int seed)
    {
        var random = new Random(seed);
        var books = LedgerReplay.Run(Shuffled(random), random, new ReplayOptions { Duplicates = true });

        books.ShouldMatchReference(Scenario);
    }

    [Fact]
    public void Time_ordered_and_reverse_time_ordered_arrivals_converge_to_the_reference()
    {
        var inOrder = Scenario.Events.OrderBy(e => e.OccurredAt).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
        var reversed = Enumerable.Reverse(inOrder).ToList();

        LedgerReplay.Run(inOrder, new Random(10), new ReplayOptions()).ShouldMatchReference(Scenario);
        LedgerReplay.Run(reversed, new Random(11), new ReplayOptions { MaxBatch = 1 }).ShouldMatchReference(Scenario);
    }

    [Fact]
    public void Ledgers_rebuilt_from_their_persisted_events_keep_converging_to_the_reference()
    {
        var random = new Random(20);
        var books = LedgerReplay.Run(Shuffled(random), random,
            new ReplayOptions { Duplicates = true, Reactivations = true, MaxBatch = 5 });

        books.ShouldMatchReference(Scenario);
    }

    [Fact]
    public void Credits_delivered_late_out_of_order_and_twice_converge_to_the_reference()
    {
        var random = new Random(30);
        var books = LedgerReplay.Run(Shuffled(random), random,
            new ReplayOptions { Duplicates = true, ScrambledDelivery = true, MaxBatch = 8 });

        books.ShouldMatchReference(Scenario);
    }

    [Fact]
    public void Two_arrival_orders_give_the_same_books()
    {
        var first = new Random(40);
        var second = new Random(41);
        var a = LedgerReplay.Run(Shuffled(first), first, new ReplayOptions { Duplicates = true });
        var b = LedgerReplay.Run(Shuffled(second), second, new ReplayOptions { MaxBatch = 3 });

        a.ShouldMatchFiguresOf(b);
        b.ShouldMatchFiguresOf(a);
    }

    [Fact]
    public void Scenario_contains_the_edge_cases_it_is_meant_to_exercise()
    {
        var events = Scenario.Events;
        var touches = events.Where(e => e.Type == "touchpoint").ToList();
        var conversions = events.Where(e => e.Type != "touchpoint").ToList();
        var touchesOf = touches.ToLookup(JourneyMapping.PersonOf);

        touches.GroupBy(t => (JourneyMapping.PersonOf(t), t.OccurredAt))
            .Count(g => g.Select(t => t.Campaign + "|" + t.Channel).Distinct().Count() > 1)
            .Should().BeGreaterThan(5, "simultaneous touches of different campaigns or channels test the tie by id");
        conversions.Count(c => touchesOf[JourneyMapping.PersonOf(c)].Any(t => t.OccurredAt > c.OccurredAt))
            .Should().BeGreaterThan(20, "touches after a conversion arrive and must be ignored by it");
        conversions.Count(c => touchesOf[JourneyMapping.PersonOf(c)].Any(t => t.OccurredAt == c.OccurredAt.AddDays(-30)))
            .Should().BeGreaterThan(5, "a touch exactly at the lookback edge is in the path");
        conversions.Count(c => touchesOf[JourneyMapping.PersonOf(c)].Any(t => t.OccurredAt < c.OccurredAt.AddDays(-30)))
            .Should().BeGreaterThan(20, "touches older than the lookback are out of the path");
        conversions.Count(c => !touchesOf[JourneyMapping.PersonOf(c)].Any(t => t.OccurredAt <= c.OccurredAt))
            .Should().BeGreaterThan(5, "some conversions precede every touch");
        touches.Count(t => t.Campaign is null).Should().BeGreaterThan(5, "touches without campaign go to (none)");
        conversions.Select(c => c.Type).Distinct().Should().BeEquivalentTo("transaction", "store_visit");
        Scenario.CampaignChannel.Values.Should().AllSatisfy(r => r.Rows.Should().NotBeEmpty());
        Scenario.CampaignChannel[(AttributionModel.Linear, 0)].UnattributedConversions
            .Should().BeGreaterThan(0, "the unattributed bucket is exercised");
    }

    private static List<JourneyEvent> Shuffled(Random random)
    {
        var events = Scenario.Events.ToList();
        LedgerReplay.Shuffle(events, random);
        return events;
    }
}
