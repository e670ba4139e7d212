using Okube.Actors.Credit;

namespace Okube.Actors.Gateway.Reports;

/// <summary>
/// Builds the tenant's reports from the campaign grains' figures and applies the
/// aggregate-only rule: a row crediting fewer than MinPersons distinct persons is folded
/// into "suppressed", which is itself shown only when it reaches MinPersons.
/// </summary>
public static class ReportAssembler
{
    /// <summary>The store row of transactions without a store.</summary>
    public const string OnlineStore = "online";

    public static CampaignReport Campaigns(string model, string currency, int minPersons,
        IReadOnlyList<CampaignFigures> campaigns, ChannelFigures unattributed)
    {
        var totals = campaigns.OrderBy(c => c.Campaign, StringComparer.Ordinal).Select(c => (c, TotalsOf(c)));
        var (rows, suppressed) = Split(totals, minPersons, (campaign, t) => new CampaignRow(campaign.Campaign,
            campaign.Channel, campaign.Name, t.Spend, t.Conversions, t.Revenue, t.StoreVisits, t.Roas, t.Persons.Count));
        return new CampaignReport(model, currency, rows, Unattributed(unattributed), suppressed?.ToSuppressed());
    }

    public static ChannelReport Channels(string model, string currency, int minPersons,
        IReadOnlyList<CampaignFigures> campaigns, ChannelFigures unattributed)
    {
        var byChannel = new SortedDictionary<string, RowTotals>(StringComparer.Ordinal);
        foreach (var campaign in campaigns)
        {
            foreach (var figures in campaign.ByChannel)
            {
                Row(byChannel, figures.Channel).Add(figures);
            }
            if (campaign.Spend != 0)
            {
                // Spend is the campaign's; it counts under the channel the campaign is shown with.
                Row(byChannel, campaign.Channel).Spend += campaign.Spend;
            }
        }
        var (rows, suppressed) = Split(Pairs(byChannel), minPersons, (channel, t) => new ChannelRow(channel,
            t.Spend, t.Conversions, t.Revenue, t.StoreVisits, t.Roas, t.Persons.Count));
        return new ChannelReport(model, currency, rows, Unattributed(unattributed), suppressed?.ToSuppressed());
    }

    /// <param name="campaign">The campaign the rows are of; null: the whole tenant (then <paramref name="unattributed"/> is given).</param>
    public static DayReport Days(string model, string currency, int minPersons, string? campaign,
        IEnumerable<RowFigures[]> campaigns, ChannelFigures? unattributed)
    {
        var byDay = Merge(campaigns, key => key, StringComparer.Ordinal);
        var (rows, suppressed) = Split(Pairs(byDay), minPersons, (day, t) => new DayRow(day,
            t.Spend, t.Conversions, t.Revenue, t.StoreVisits, t.Roas, t.Persons.Count));
        return new DayReport(model, currency, campaign, rows,
            unattributed is null ? null : Unattributed(unattributed), suppressed?.ToSuppressed());
    }

    public static StoreReport Stores(string model, string currency, int minPersons,
        IEnumerable<RowFigures[]> campaigns, ChannelFigures unattributed)
    {
        var byStore = Merge(campaigns, key => key.Length == 0 ? OnlineStore : key, OnlineFirst);
        var (rows, suppressed) = Split(Pairs(byStore), minPersons, (store, t) => new StoreRow(store,
            t.Conversions, t.Revenue, t.StoreVisits, t.Persons.Count));
        var hidden = suppressed is null
            ? null
            : new StoreSuppressed(suppressed.Conversions, suppressed.Revenue, suppressed.StoreVisits, suppressed.Persons.Count);
        return new StoreReport(model, currency, rows, Unattributed(unattributed), hidden);
    }

    /// <summary>All of a campaign's channels together.</summary>
    internal static RowTotals TotalsOf(CampaignFigures campaign)
    {
        var totals = new RowTotals { Spend = campaign.Spend };
        foreach (var byChannel in campaign.ByChannel)
        {
            totals.Add(byChannel);
        }
        return totals;
    }

    /// <summary>Whether a row of these totals may be shown on its own.</summary>
    internal static bool IsShown(RowTotals totals, int minPersons) => totals.Persons.Count >= minPersons;

    /// <summary>
    /// The rows that may be shown, in the order given (empty ones left out), and the suppressed
    /// bucket of the others when it may be shown itself (else null).
    /// </summary>
    internal static (List<TRow> Rows, RowTotals? Suppressed) Split<TKey, TRow>(
        IEnumerable<(TKey Key, RowTotals Totals)> totals, int minPersons, Func<TKey, RowTotals, TRow> row)
    {
        var rows = new List<TRow>();
        var suppressed = new RowTotals();
        foreach (var (key, t) in totals)
        {
            if (t.IsEmpty)
            {
                continue;
            }
            if (IsShown(t, minPersons))
            {
                rows.Add(row(key, t));
            }
            else
            {
                suppressed.Add(t);
            }
        }
        return (rows, !suppressed.IsEmpty && IsShown(suppressed, minPersons) ? suppressed : null);
    }

    /// <summary>Sums the campaigns' rows by (relabelled) key.</summary>
    private static SortedDictionary<string, RowTotals> Merge(IEnumerable<RowFigures[]> campaigns,
        Func<string, string> label, IComparer<string> order)
    {
        var merged = new SortedDictionary<string, RowTotals>(order);
        foreach (var row in campaigns.SelectMany(rows => rows))
        {
            Row(merged, label(row.Key)).Add(row);
        }
        return merged;
    }

    private static readonly IComparer<string> OnlineFirst = Comparer<string>.Create((a, b) =>
        (a == OnlineStore, b == OnlineStore) switch
        {
            (true, false) => -1,
            (false, true) => 1,
            _ => string.CompareOrdinal(a, b),
        });

    private static RowTotals Row(SortedDictionary<string, RowTotals> rows, string key) =>
        rows.TryGetValue(key, out var row) ? row : rows[key] = new RowTotals();

    private static IEnumerable<(string, RowTotals)> Pairs(SortedDictionary<string, RowTotals> rows) =>
        rows.Select(r => (r.Key, r.Value));

    private static UnattributedFigures Unattributed(ChannelFigures f) => new(f.Conversions, f.Revenue, f.StoreVisits);
}
