using Okube.Actors.Attribution.Ledger;
using static Okube.Actors.Tests.Unit.Ledger.Merges.MergeFixtures;

namespace Okube.Actors.Tests.Unit.Ledger.Merges;

/// <summary>PersonLedger.Absorb: one person takes in another's ledger after an identity link.</summary>
public sealed class PersonLedgerAbsorbTests
{
    [Fact]
    public void Absorb_recredits_with_versions_above_what_either_side_emitted()
    {
        var persons = new TwoPersons();
        var before = persons.VersionsBefore();

        var credits = persons.Merge().Credits;

        credits.Select(c => c.ConversionId).Distinct().Should().BeEquivalentTo(["a-o2", "b-o1", "b-v1"],
            "b's conversions changed person and a-o2's path gained b-t1");
        before["b-o1"].Should().Be(2, "b-o1 was credited twice before the merge");
        credits.Should().AllSatisfy(c => c.Version.Should().BeGreaterThan(before[c.ConversionId],
            $"{c.ConversionId}'s new credit must replace every earlier one"));
        credits.GroupBy(c => c.ConversionId).Should().AllSatisfy(g => g.Select(c => c.Version).Distinct().Should().ContainSingle(
            "all campaigns of one conversion get the same next version"));
    }

    [Fact]
    public void Every_credit_after_absorbing_carries_the_absorbers_person_key_and_no_cost_is_sent_again()
    {
        var persons = new TwoPersons();
        var books = new CreditBooks();
        persons.Before.ForEach(books.Apply);

        var changes = persons.Merge();
        books.Apply(changes);

        changes.Credits.Should().AllSatisfy(c => c.PersonKey.Should().Be(PersonKeyOf("a")));
        changes.Costs.Should().BeEmpty("touch costs were counted when the touches first arrived");
        books.Entries().Select(e => e.PersonKey).Distinct().Should().Equal(PersonKeyOf("a"));
        persons.A.PersonKey.Should().Be(PersonKeyOf("a"));
        persons.A.Touchpoints.Select(t => t.EventId).Should().Equal(["a-t1", "a-t2", "b-t1"], "touches stay in time order");
        persons.A.Conversions.Select(c => c.Conversion.EventId).Should().BeEquivalentTo(["a-o1", "a-o2", "b-o1", "b-v1"]);
    }

    [Fact]
    public void Books_after_absorbing_equal_the_reference_with_the_link_whatever_the_delivery_order()
    {
        var persons = new TwoPersons();
        var inOrder = new CreditBooks();
        var newestFirst = new CreditBooks();
        var unlinked = new CreditBooks();
        persons.Before.ForEach(unlinked.Apply);
        unlinked.ShouldMatch(persons.Reference(linked: false));

        var merged = persons.Merge();
        persons.Before.ForEach(inOrder.Apply);
        inOrder.Apply(merged);
        newestFirst.Apply(merged);
        Enumerable.Reverse(persons.Before).ToList().ForEach(newestFirst.Apply);

        inOrder.ShouldMatch(persons.Reference(linked: true));
        newestFirst.ShouldMatch(persons.Reference(linked: true));
        inOrder.Spend.Keys.Should().BeEquivalentTo("c1", "c2");
        BookAssertions.Close(inOrder.Spend["c1"].Total(default) + inOrder.Spend["c2"].Total(default), 3.5, "spend");
    }

    [Fact]
    public void Absorbing_the_same_ledger_again_adds_no_event_and_resends_the_same_credit_at_higher_versions()
    {
        var persons = new TwoPersons();
        var transfer = Transferred(persons.B);
        persons.Merge();
        var touches = persons.A.Touchpoints.ToList();
        var conversions = persons.A.Conversions.ToList();
        persons.A.Absorb(transfer);
        var first = persons.A.Settle().Credits;

        // A merge redone after a timeout: the other side may have credited meanwhile, so its
        // conversions are sent again, whole and above every version used so far.
        persons.A.Absorb(Transferred(persons.B));
        var again = persons.A.Settle().Credits;

        persons.A.Touchpoints.Should().Equal(touches);
        persons.A.Conversions.Select(c => c.Conversion).Should().Equal(conversions.Select(c => c.Conversion));
        again.Select(c => c.ConversionId).Distinct().Should().BeEquivalentTo(
            transfer.Conversions.Select(c => c.Conversion.EventId), "only the conversions both sides held are sent again");
        foreach (var credit in again)
        {
            var before = conversions.Single(c => c.Conversion.EventId == credit.ConversionId).Version;
            credit.Version.Should().BeGreaterThan(Math.Max(before, first.Where(f => f.ConversionId == credit.ConversionId)
                .Select(f => f.Version).DefaultIfEmpty(0).Max()));
            credit.PersonKey.Should().Be(persons.A.PersonKey);
        }
        persons.A.Settle().IsEmpty.Should().BeTrue("nothing is left to send");
    }

    [Fact]
    public void Absorbing_before_settling_events_of_both_sides_credits_each_conversion_once()
    {
        var a = NewLedger("a");
        var b = NewLedger("b");
        JourneyMapping.AddTo(a, Touch("a-t1", "a", T0, "c1")).Should().BeTrue();
        JourneyMapping.AddTo(b, Purchase("b-o1", "b", T0.AddDays(1))).Should().BeTrue();
        b.Settle();
        JourneyMapping.AddTo(a, Purchase("a-o1", "a", T0.AddDays(2))).Should().BeTrue();

        a.Absorb(Transferred(b));
        var credits = a.Settle().Credits;

        credits.Select(c => (c.ConversionId, c.Campaign)).Should().BeEquivalentTo(
            [("a-o1", (string?)"c1"), ("b-o1", (string?)"c1"), ("b-o1", (string?)null)],
            "b-o1 leaves the unattributed bucket for c1");
        credits.Single(c => c.ConversionId == "b-o1" && c.Campaign is null).IsRetraction.Should().BeTrue();
    }

    [Fact]
    public void Chain_of_links_arriving_in_reverse_order_leaves_one_person_with_every_event()
    {
        // Subjects in key order: a < b < c < d. Links c-d, then b-c, then a-b.
        var graph = new LedgerGraph();
        var scenario = new MergeScenario();
        scenario.Events.AddRange([
            Touch("t-a", "a", T0, "c-first", "display"),
            Touch("t-c", "c", T0.AddDays(1), "c-mid", "search"),
            Purchase("o-d", "d", T0.AddDays(2), 90),
            Visit("v-b", "b", T0.AddDays(3)),
        ]);
        graph.Add(scenario.Events).Should().Be(4);

        string[][] links = [["c", "d"], ["b", "c"], ["a", "b"]];
        foreach (var link in links)
        {
            scenario.Links.Add(link);
            graph.Link(link);
        }
        var books = new CreditBooks();
        graph.Emitted.ForEach(books.Apply);

        graph.Merges.Should().Be(3);
        graph.Persons.Should().ContainSingle().Which.PersonKey.Should().Be(PersonKeyOf("a"));
        graph.Persons.Single().Touchpoints.Should().HaveCount(2);
        graph.Persons.Single().Conversions.Should().HaveCount(2);
        books.Entries().Select(e => e.PersonKey).Distinct().Should().Equal(PersonKeyOf("a"));
        books.ShouldMatch(scenario.Reference());
    }
}
