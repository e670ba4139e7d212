using Okube.Actors.Attribution.Ledger;
using Okube.Actors.Gateway.Demo;
using Okube.Actors.Tests.Support;
using static Okube.Actors.Tests.Unit.Ledger.Merges.MergeFixtures;

namespace Okube.Actors.Tests.Unit.Ledger.Merges;

/// <summary>
/// PersonLedger.Prune(allowedLateness, latestPlausible): with N the newest event (no later than
/// latestPlausible), conversions before N - lateness are final and leave, touches before
/// N - lateness - lookback can reach no remaining conversion and leave; nothing else changes.
/// </summary>
public sealed class PersonLedgerPruneTests
{
    private static readonly TimeSpan Lateness = TimeSpan.FromDays(90);
    private static readonly DateTime Newest = T0.AddDays(200);
    private static readonly DateTime FinalBefore = Newest - Lateness;                  // T0 + 110 days
    private static readonly DateTime UnusedBefore = FinalBefore - TimeSpan.FromDays(30); // T0 + 80 days

    private static readonly DateTime FarFuture = DateTime.MaxValue;

    /// <summary>Events on both sides of both boundaries; the newest is a touch or a purchase at <see cref="Newest"/>.</summary>
    private static (PersonLedger Ledger, List<JourneyEvent> Events, LedgerChanges Changes) Boundaries(
        bool newestIsConversion)
    {
        var ledger = NewLedger("u");
        var events = new List<JourneyEvent>
        {
            Touch("t-old", "u", UnusedBefore.AddSeconds(-1), "c-old"),
            Touch("t-edge", "u", UnusedBefore, "c-edge", "search"),
            Touch("t-mid", "u", FinalBefore.AddDays(-10), "c-mid", "social"),
            Purchase("o-old", "u", FinalBefore.AddSeconds(-1), 10),
            Purchase("o-edge", "u", FinalBefore, 20),
            Visit("v-new", "u", FinalBefore.AddDays(40)),
            newestIsConversion ? Purchase("newest", "u", Newest, 5) : Touch("newest", "u", Newest, "c-new"),
        };
        var changes = AddAndSettle(ledger, [.. events]);
        return (ledger, events, changes);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Prune_drops_final_conversions_and_unreachable_touches_and_returns_their_ids(bool newestIsConversion)
    {
        var (ledger, _, _) = Boundaries(newestIsConversion);

        var dropped = ledger.Prune(Lateness, FarFuture);

        dropped.Should().BeEquivalentTo("t-old", "o-old");
        ledger.Touchpoints.Select(t => t.EventId).Should().Equal(
            newestIsConversion ? ["t-edge", "t-mid"] : ["t-edge", "t-mid", "newest"]);
        ledger.Conversions.Select(c => c.Conversion.EventId).Should().BeEquivalentTo(
            newestIsConversion ? ["o-edge", "v-new", "newest"] : ["o-edge", "v-new"]);
        ledger.Contains("t-old").Should().BeFalse();
        ledger.Contains("o-old").Should().BeFalse();
        ledger.Contains("t-edge").Should().BeTrue();
    }

    [Fact]
    public void Prune_keeps_the_credit_of_everything_it_keeps()
    {
        var (ledger, events, changes) = Boundaries(newestIsConversion: false);
        var books = new CreditBooks();
        books.Apply(changes);
        var versions = ledger.Conversions.ToDictionary(c => c.Conversion.EventId, c => c.Version);

        ledger.Prune(Lateness, FarFuture);
        ledger.Settle().IsEmpty.Should().BeTrue("pruning retracts nothing and re-credits nothing");
        // A late touch at the final boundary reaches o-edge only; o-edge's path still starts at t-edge.
        var late = Touch("t-late", "u", FinalBefore, "c-late", "email");
        events.Add(late);
        var after = AddAndSettle(ledger, late);
        books.Apply(after);

        after.Credits.Select(c => c.ConversionId).Distinct().Should().Equal("o-edge");
        after.Credits.Should().AllSatisfy(c => c.Version.Should().Be(versions["o-edge"] + 1));
        var reference = new ReferenceAttribution();
        reference.Add(events);
        books.ShouldMatch(reference);
    }

    [Fact]
    public void A_future_dated_event_beyond_the_latest_plausible_time_does_not_prune_the_others()
    {
        var latestPlausible = T0.AddDays(21);
        var ledger = NewLedger("u");
        var twin = NewLedger("u");
        var events = new[]
        {
            Touch("t1", "u", T0, "c1"),
            Purchase("o1", "u", T0.AddDays(5)),
            Touch("t2", "u", T0.AddDays(20), "c2"),
            Purchase("o-future", "u", T0.AddYears(3)),
        };
        AddAndSettle(ledger, events);
        AddAndSettle(twin, events);

        var dropped = ledger.Prune(Lateness, latestPlausible);

        dropped.Should().BeEmpty("the newest event counts as no later than the latest plausible time");
        ledger.Touchpoints.Should().HaveCount(2);
        ledger.Conversions.Should().HaveCount(2);
        twin.Prune(Lateness, FarFuture).Should().BeEquivalentTo(["t1", "o1", "t2"],
            "taken at its word, the future event would make every other one final");
    }

    [Fact]
    public void Prune_keeps_a_conversion_not_settled_yet()
    {
        var ledger = NewLedger("u");
        AddAndSettle(ledger, Touch("t-new", "u", Newest));
        JourneyMapping.AddTo(ledger, Purchase("o-old", "u", FinalBefore.AddDays(-1))).Should().BeTrue();

        var unsettled = ledger.Prune(Lateness, FarFuture);
        var credits = ledger.Settle().Credits;
        var settled = ledger.Prune(Lateness, FarFuture);

        unsettled.Should().BeEmpty("o-old has not been credited yet");
        credits.Should().ContainSingle().Which.ConversionId.Should().Be("o-old");
        settled.Should().Equal("o-old");
    }

    [Fact]
    public void Prune_of_an_empty_ledger_drops_nothing()
    {
        NewLedger("u").Prune(Lateness, FarFuture).Should().BeEmpty();
    }
}
