using Okube.Actors.Attribution.Aggregates;
using Okube.Actors.Credit;
using Okube.Actors.Grains.Identities;

namespace Okube.Actors.Grains.Campaigns;

/// <summary>Moves a <see cref="CreditBook"/> to and from its persisted form.</summary>
internal static class CreditBookState
{
    public static CreditBook Restore(IEnumerable<CreditUpdate> credits, IEnumerable<KeyValuePair<string, long>> retracted)
    {
        var book = new CreditBook();
        foreach (var credit in credits)
        {
            book.Apply(LedgerMapping.ToCredit(credit, campaign: null));
        }
        foreach (var (conversionId, version) in retracted)
        {
            book.RestoreRetraction(conversionId, version);
        }
        return book;
    }

    public static List<CreditUpdate> Credits(CreditBook book) =>
        book.Entries.Select(LedgerMapping.ToUpdate).ToList();

    public static Dictionary<string, long> Retracted(CreditBook book) => new(book.Retracted, StringComparer.Ordinal);

    /// <summary>Applies a batch's credits; true when anything changed.</summary>
    public static bool Apply(CreditBook book, IEnumerable<CreditUpdate> credits)
    {
        var changed = false;
        foreach (var credit in credits)
        {
            changed |= book.Apply(LedgerMapping.ToCredit(credit, campaign: null));
        }
        return changed;
    }
}
