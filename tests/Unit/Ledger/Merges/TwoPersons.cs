using Okube.Actors.Attribution.Ledger;
using Okube.Actors.Gateway.Demo;
using Okube.Actors.Tests.Support;
using static Okube.Actors.Tests.Unit.Ledger.Merges.MergeFixtures;

namespace Okube.Actors.Tests.Unit.Ledger.Merges;

/// <summary>
/// Two persons about to be linked, each settled more than once so that their conversions carry
/// versions above 1: "a" (the absorber: its key orders first) and "b".
/// </summary>
public sealed class TwoPersons
{
    public PersonLedger A { get; } = NewLedger("a");
    public PersonLedger B { get; } = NewLedger("b");

    public List<JourneyEvent> Events { get; } = [];

    /// <summary>What both ledgers emitted before the merge, in order.</summary>
    public List<LedgerChanges> Before { get; } = [];

    public TwoPersons()
    {
        // a-o1's path ends before b's touch: neither its path nor its person changes.
        Settle(A, Touch("a-t1", "a", T0, "c1", "display"), Purchase("a-o1", "a", T0.AddDays(2), 80));
        Settle(A, Touch("a-t2", "a", T0.AddDays(1), "c1", "search", cost: 1.5));
        // a-o2's path gains b-t1.
        Settle(A, Purchase("a-o2", "a", T0.AddDays(4), 40));
        // b-o1 is unattributed, then credited to c2, and after the merge shares with a's touches.
        Settle(B, Purchase("b-o1", "b", T0.AddDays(3), 60));
        Settle(B, Touch("b-t1", "b", T0.AddDays(2.5), "c2", "social", cost: 2));
        // b-v1 has no touch within its lookback on either side: unattributed before and after.
        Settle(B, Visit("b-v1", "b", T0.AddDays(40)));
    }

    /// <summary>The reference for both persons' events; with the link, they are one person.</summary>
    public ReferenceAttribution Reference(bool linked)
    {
        var reference = new ReferenceAttribution();
        reference.Add(Events.Select(e => e with { Cost = null }));
        if (linked)
        {
            reference.Links.Add([ReferenceSubjectOf("a"), ReferenceSubjectOf("b")]);
        }
        return reference;
    }

    /// <summary>The highest version either side emitted for each conversion.</summary>
    public Dictionary<string, long> VersionsBefore() =>
        Before.SelectMany(c => c.Credits)
            .GroupBy(c => c.ConversionId)
            .ToDictionary(g => g.Key, g => g.Max(c => c.Version));

    /// <summary>Merges b into a as a link does; returns what a emits.</summary>
    public LedgerChanges Merge()
    {
        A.Absorb(Transferred(B));
        return A.Settle();
    }

    private void Settle(PersonLedger ledger, params JourneyEvent[] events)
    {
        Events.AddRange(events);
        Before.Add(AddAndSettle(ledger, events));
    }
}
