using Okube.Actors.Attribution.Ledger;

namespace Okube.Actors.Attribution.Aggregates;

/// <summary>A campaign's (or the unattributed bucket's) figures by UTC day or by store, for one model.</summary>
public static class Breakdowns
{
    /// <summary>The store key of conversions without a store (online transactions).</summary>
    public const string Online = "";

    /// <summary>
    /// Each day in range with credit or spend: the credit of conversions of that day, and the
    /// day's spend (0 without a ledger).
    /// </summary>
    public static SortedDictionary<DateOnly, (double Spend, Figures Credit)> ByDay(
        CreditBook book, SpendLedger? spend, AttributionModel model, DayRange range)
    {
        var days = new SortedDictionary<DateOnly, (double Spend, Figures Credit)>();
        foreach (var (day, figures) in book.FiguresBy(model, range, c => c.Day))
        {
            days[day] = (0, figures);
        }
        foreach (var (day, amount) in spend?.ByDay(range) ?? [])
        {
            days[day] = (amount, days.TryGetValue(day, out var row) ? row.Credit : new Figures());
        }
        return days;
    }

    /// <summary>Credit by the conversion's store; <see cref="Online"/> for transactions without one.</summary>
    public static SortedDictionary<string, Figures> ByStore(CreditBook book, AttributionModel model, DayRange range) =>
        new(book.FiguresBy(model, range, StoreOf), StringComparer.Ordinal);

    private static string StoreOf(CampaignCredit credit) => credit.Store ?? Online;
}
