namespace Okube.Actors.Tests.Cluster.Infrastructure;

/// <summary>A tenant's figures for one model as its campaign and unattributed grains hold them.</summary>
public sealed class TenantFigures
{
    private TenantFigures(IReadOnlyList<CampaignFigures> campaigns, ChannelFigures unattributed)
    {
        Campaigns = campaigns;
        Unattributed = unattributed;
    }

    public IReadOnlyList<CampaignFigures> Campaigns { get; }

    public ChannelFigures Unattributed { get; }

    public static async Task<TenantFigures> ReadAsync(IClusterClient client, string tenant, string model,
        DateOnly? from = null, DateOnly? to = null)
    {
        var ids = await client.GetGrain<ITenantGrain>(tenant).GetCampaignsAsync();
        var campaigns = await Task.WhenAll(ids.Select(id =>
            client.GetGrain<ICampaignGrain>(GrainKeys.Campaign(tenant, id)).GetFiguresAsync(model, from, to)));
        var unattributed = await client.GetGrain<IUnattributedGrain>(tenant).GetFiguresAsync(from, to);
        return new TenantFigures(campaigns, unattributed);
    }

    /// <summary>One row per campaign, ordered by id, empty rows left out.</summary>
    public IReadOnlyList<FigureRow> CampaignRows() =>
        Campaigns
            .Select(c =>
            {
                var totals = new RowTotals();
                totals.AddSpend(c.Spend);
                foreach (var f in c.ByChannel)
                {
                    totals.Add(f);
                }
                return totals.ToRow(c.Campaign, c.Channel);
            })
            .Where(r => !r.IsEmpty)
            .OrderBy(r => r.Key, StringComparer.Ordinal)
            .ToList();

    /// <summary>One row per touch channel; a campaign's spend counts under the channel it is shown with.</summary>
    public IReadOnlyList<FigureRow> ChannelRows()
    {
        var rows = new Dictionary<string, RowTotals>(StringComparer.Ordinal);
        RowTotals Row(string channel) => rows.TryGetValue(channel, out var row) ? row : rows[channel] = new RowTotals();
        foreach (var campaign in Campaigns)
        {
            foreach (var f in campaign.ByChannel)
            {
                Row(f.Channel).Add(f);
            }
            if (campaign.Spend != 0)
            {
                Row(campaign.Channel).AddSpend(campaign.Spend);
            }
        }
        return rows.Select(r => r.Value.ToRow(r.Key, r.Key))
            .Where(r => !r.IsEmpty)
            .OrderBy(r => r.Key, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The totals of one campaign (no row when the tenant holds none for it).</summary>
    public FigureRow? Campaign(string id) => CampaignRows().SingleOrDefault(r => r.Key == id);
}
