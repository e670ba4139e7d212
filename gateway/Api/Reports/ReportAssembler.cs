using Okube.Actors.Credit;

namespace Okube.Actors.Gateway.Reports;

/// <summary>
/// Builds the tenant's reports from the campaign grains' figures and applies the
/// aggregate-only rule: a row crediting fewer than MinPersons distinct persons is folded
/// into "suppressed", which is itself shown only when it reaches MinPersons.
/// </summary>
public static class ReportAssembler
{
    public static CampaignReport Campaigns(string model, string currency, int minPersons,
        IReadOnlyList<CampaignFigures> campaigns, ChannelFigures unattributed)
    {
        var rows = new List<CampaignRow>();
        var suppressed = new RowTotals();
        foreach (var campaign in campaigns.OrderBy(c => c.Campaign, StringComparer.Ordinal))
        {
            var totals = new RowTotals { Spend = campaign.Spend };
            foreach (var byChannel in campaign.ByChannel)
            {
                totals.Add(byChannel);
            }
            if (totals.IsEmpty)
            {
                continue;
            }
            if (totals.Persons.Count < minPersons)
            {
                suppressed.Add(totals);
                continue;
            }
            rows.Add(new CampaignRow(campaign.Campaign, campaign.Channel, campaign.Name, totals.Spend,
                totals.Conversions, totals.Revenue, totals.StoreVisits, totals.Roas, totals.Persons.Count));
        }
        return new CampaignReport(model, currency, rows, Unattributed(unattributed), Shown(suppressed, minPersons));
    }

    public static ChannelReport Channels(string model, string currency, int minPersons,
        IReadOnlyList<CampaignFigures> campaigns, ChannelFigures unattributed)
    {
        var byChannel = new SortedDictionary<string, RowTotals>(StringComparer.Ordinal);
        RowTotals Row(string channel) =>
            byChannel.TryGetValue(channel, out var row) ? row : byChannel[channel] = new RowTotals();

        foreach (var campaign in campaigns)
        {
            foreach (var figures in campaign.ByChannel)
            {
                Row(figures.Channel).Add(figures);
            }
            if (campaign.Spend != 0)
            {
                // Spend is the campaign's; it counts under the channel the campaign is shown with.
                Row(campaign.Channel).Spend += campaign.Spend;
            }
        }

        var rows = new List<ChannelRow>();
        var suppressed = new RowTotals();
        foreach (var (channel, totals) in byChannel)
        {
            if (totals.IsEmpty)
            {
                continue;
            }
            if (totals.Persons.Count < minPersons)
            {
                suppressed.Add(totals);
                continue;
            }
            rows.Add(new ChannelRow(channel, totals.Spend, totals.Conversions, totals.Revenue,
                totals.StoreVisits, totals.Roas, totals.Persons.Count));
        }
        return new ChannelReport(model, currency, rows, Unattributed(unattributed), Shown(suppressed, minPersons));
    }

    private static UnattributedFigures Unattributed(ChannelFigures f) => new(f.Conversions, f.Revenue, f.StoreVisits);

    private static SuppressedFigures? Shown(RowTotals suppressed, int minPersons) =>
        !suppressed.IsEmpty && suppressed.Persons.Count >= minPersons ? suppressed.ToSuppressed() : null;
}
