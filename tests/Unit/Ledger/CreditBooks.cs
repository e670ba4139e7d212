using Okube.Actors.Attribution;
using Okube.Actors.Attribution.Aggregates;
using Okube.Actors.Attribution.Ledger;

namespace Okube.Actors.Tests.Unit.Ledger;

/// <summary>
/// What the campaign grains and the unattributed grain hold: one credit book per campaign, one
/// for the unattributed bucket, and each campaign's spend from its touches' costs.
/// </summary>
public sealed class CreditBooks
{
    public Dictionary<string, CreditBook> Campaigns { get; } = new(StringComparer.Ordinal);
    public CreditBook Unattributed { get; } = new();
    public Dictionary<string, SpendLedger> Spend { get; } = new(StringComparer.Ordinal);

    public void Apply(CampaignCredit credit)
    {
        if (credit.Campaign is null)
        {
            Unattributed.Apply(credit);
            return;
        }
        if (!Campaigns.TryGetValue(credit.Campaign, out var book))
        {
            Campaigns[credit.Campaign] = book = new CreditBook();
        }
        book.Apply(credit);
    }

    public void Apply(CostLine cost)
    {
        if (!Spend.TryGetValue(cost.Campaign, out var ledger))
        {
            Spend[cost.Campaign] = ledger = new SpendLedger();
        }
        ledger.AddCost(cost);
    }

    /// <summary>Figures keyed "campaign|channel".</summary>
    public Dictionary<string, Figures> ByCampaignChannel(AttributionModel model, DayRange range)
    {
        var result = new Dictionary<string, Figures>(StringComparer.Ordinal);
        foreach (var (campaign, book) in Campaigns)
        {
            foreach (var (channel, figures) in book.FiguresByChannel(model, range))
            {
                result[CampaignChannelKey(campaign, channel)] = figures;
            }
        }
        return result;
    }

    /// <summary>Figures keyed by channel, summed over campaigns.</summary>
    public Dictionary<string, Figures> ByChannel(AttributionModel model, DayRange range)
    {
        var result = new Dictionary<string, Figures>(StringComparer.Ordinal);
        foreach (var book in Campaigns.Values)
        {
            foreach (var (channel, figures) in book.FiguresByChannel(model, range))
            {
                if (!result.TryGetValue(channel, out var total))
                {
                    result[channel] = total = new Figures();
                }
                total.Add(figures);
            }
        }
        return result;
    }

    public Figures UnattributedFigures(AttributionModel model, DayRange range)
    {
        var total = new Figures();
        foreach (var figures in Unattributed.FiguresByChannel(model, range).Values)
        {
            total.Add(figures);
        }
        return total;
    }

    public static string CampaignChannelKey(string campaign, string channel) => campaign + "|" + channel;
}
