using Okube.Actors.Attribution.Ledger;
using Okube.Actors.Gateway.Demo;

namespace Okube.Actors.Tests.Unit.Ledger;

/// <summary>How events reach the ledgers and credits reach the books in one replay.</summary>
public sealed record ReplayOptions
{
    /// <summary>Re-adds already delivered events (each re-add must be refused).</summary>
    public bool Duplicates { get; init; }

    /// <summary>Now and then rebuilds a ledger from its persisted events, as a reactivated grain would.</summary>
    public bool Reactivations { get; init; }

    /// <summary>Delivers credits late, out of order and more than once.</summary>
    public bool ScrambledDelivery { get; init; }

    public int MaxBatch { get; init; } = 25;
}

/// <summary>Feeds events to one ledger per person in a given order and random batches, settling after each batch.</summary>
public static class LedgerReplay
{
    public static CreditBooks Run(IReadOnlyList<JourneyEvent> arrivals, Random random, ReplayOptions options)
    {
        var settings = AttributionSettings.Default;
        var ledgers = new Dictionary<string, PersonLedger>(StringComparer.Ordinal);
        var books = new CreditBooks();
        var pending = new List<CampaignCredit>();
        var delivered = new List<CampaignCredit>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stream = options.Duplicates ? WithDuplicates(arrivals, random) : arrivals;

        for (var at = 0; at < stream.Count;)
        {
            var size = Math.Min(random.Next(1, options.MaxBatch + 1), stream.Count - at);
            var touched = new List<string>();
            foreach (var e in stream.Skip(at).Take(size))
            {
                var person = JourneyMapping.PersonOf(e);
                if (!ledgers.TryGetValue(person, out var ledger))
                {
                    ledgers[person] = ledger = new PersonLedger(e.SubjectId, settings);
                }
                if (!touched.Contains(person))
                {
                    touched.Add(person);
                }
                var fresh = seen.Add(e.Id);
                JourneyMapping.AddTo(ledger, e).Should().Be(fresh, $"event {e.Id} is {(fresh ? "new" : "a duplicate")}");
            }
            at += size;

            foreach (var person in touched)
            {
                var changes = ledgers[person].Settle();
                pending.AddRange(changes.Credits);
                foreach (var cost in changes.Costs)
                {
                    books.Apply(cost);
                }
                if (options.Reactivations && random.Next(5) == 0)
                {
                    var old = ledgers[person];
                    ledgers[person] = PersonLedger.Restore(old.PersonKey, settings, old.Touchpoints.ToList(), old.Conversions.ToList());
                }
            }
            Deliver(books, pending, delivered, random, options.ScrambledDelivery, all: false);
        }
        Deliver(books, pending, delivered, random, options.ScrambledDelivery, all: true);

        foreach (var ledger in ledgers.Values)
        {
            ledger.Settle().IsEmpty.Should().BeTrue("a settled ledger has nothing left to emit");
        }
        return books;
    }

    private static void Deliver(CreditBooks books, List<CampaignCredit> pending, List<CampaignCredit> delivered,
        Random random, bool scrambled, bool all)
    {
        if (!scrambled)
        {
            pending.ForEach(books.Apply);
            pending.Clear();
            return;
        }
        Shuffle(pending, random);
        var count = all ? pending.Count : random.Next(pending.Count + 1);
        foreach (var credit in pending.Take(count))
        {
            books.Apply(credit);
            delivered.Add(credit);
            if (delivered.Count > 0 && random.Next(4) == 0)
            {
                books.Apply(delivered[random.Next(delivered.Count)]);
            }
        }
        pending.RemoveRange(0, count);
    }

    private static List<JourneyEvent> WithDuplicates(IReadOnlyList<JourneyEvent> arrivals, Random random)
    {
        var stream = arrivals.ToList();
        for (var i = 0; i < arrivals.Count / 4; i++)
        {
            stream.Insert(random.Next(stream.Count + 1), arrivals[random.Next(arrivals.Count)]);
        }
        return stream;
    }

    public static void Shuffle<T>(IList<T> items, Random random)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
