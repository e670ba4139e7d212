using Okube.Actors.Attribution.Ledger;
using Okube.Actors.Gateway.Demo;

namespace Okube.Actors.Tests.Unit.Ledger.Merges;

/// <summary>
/// The identity graph without grains: one ledger per person, subjects pointing at persons,
/// retired persons forwarding to the one that absorbed them. A link merges every other root
/// into the root whose key orders first, largest first, the survivor absorbing the retiring
/// ledger as a merge transfers it and settling at once; whatever settling emits is collected.
/// </summary>
public sealed class LedgerGraph
{
    private readonly Dictionary<string, PersonLedger> live = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> forwards = new(StringComparer.Ordinal);

    /// <summary>Everything settling emitted, in order.</summary>
    public List<LedgerChanges> Emitted { get; } = [];

    public int Merges { get; private set; }

    public IReadOnlyCollection<PersonLedger> Persons => live.Values;

    /// <summary>The live person a subject belongs to.</summary>
    public string RootOf(string subject)
    {
        var key = MergeFixtures.PersonKeyOf(subject);
        while (forwards.TryGetValue(key, out var next))
        {
            key = next;
        }
        return key;
    }

    /// <summary>Adds a batch of events (each person settles once); returns how many were new.</summary>
    public int Add(IEnumerable<JourneyEvent> batch)
    {
        var fresh = 0;
        var touched = new List<PersonLedger>();
        foreach (var e in batch)
        {
            var ledger = LedgerOf(RootOf(e.SubjectId));
            if (JourneyMapping.AddTo(ledger, e))
            {
                fresh++;
            }
            if (!touched.Contains(ledger))
            {
                touched.Add(ledger);
            }
        }
        foreach (var ledger in touched)
        {
            Emitted.Add(ledger.Settle());
        }
        return fresh;
    }

    public void Link(IReadOnlyList<string> subjects)
    {
        var roots = subjects.Select(RootOf).Distinct().Order(StringComparer.Ordinal).ToList();
        var survivor = LedgerOf(roots[0]);
        for (var i = roots.Count - 1; i >= 1; i--)
        {
            var retiring = LedgerOf(roots[i]);
            retiring.Settle().IsEmpty.Should().BeTrue("a person is settled whenever it is merged");
            survivor.Absorb(MergeFixtures.Transferred(retiring));
            Emitted.Add(survivor.Settle());
            live.Remove(roots[i]);
            forwards[roots[i]] = roots[0];
            Merges++;
        }
    }

    private PersonLedger LedgerOf(string personKey)
    {
        if (!live.TryGetValue(personKey, out var ledger))
        {
            live[personKey] = ledger = new PersonLedger(personKey, MergeFixtures.Settings);
        }
        return ledger;
    }
}
