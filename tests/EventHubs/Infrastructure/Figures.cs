using Okube.Actors.Tests.Support;

namespace Okube.Actors.Tests.EventHubs.Infrastructure;

/// <summary>One campaign row (or the unattributed bucket) of one model, summed from a campaign grain's figures.</summary>
public sealed record Figure(string Key, string Channel, double Spend, double Conversions, double Revenue, double StoreVisits, int Persons);

/// <summary>Reads a tenant's figures from its grains and compares them with <see cref="ReferenceAttribution"/>.</summary>
public static class Figures
{
    /// <summary>Every model's non-empty campaign rows, by campaign id, then its unattributed bucket.</summary>
    public static async Task<List<Figure>> ReadAsync(IClusterClient client, string tenant)
    {
        var rows = new List<Figure>();
        var ids = await client.GetGrain<ITenantGrain>(tenant).GetCampaignsAsync();
        foreach (var model in ReferenceAttribution.Models)
        {
            var campaigns = await Task.WhenAll(ids.Select(id =>
                client.GetGrain<ICampaignGrain>(GrainKeys.Campaign(tenant, id)).GetFiguresAsync(model, null, null)));
            rows.AddRange(campaigns
                .Select(c => new Figure($"{model}/{c.Campaign}", c.Channel, c.Spend,
                    c.ByChannel.Sum(f => f.Conversions), c.ByChannel.Sum(f => f.Revenue), c.ByChannel.Sum(f => f.StoreVisits),
                    c.ByChannel.SelectMany(f => f.Persons).Distinct(StringComparer.Ordinal).Count()))
                .Where(f => f.Spend != 0 || f.Conversions != 0 || f.Revenue != 0 || f.StoreVisits != 0 || f.Persons != 0)
                .OrderBy(f => f.Key, StringComparer.Ordinal));
            var u = await client.GetGrain<IUnattributedGrain>(tenant).GetFiguresAsync(null, null);
            rows.Add(new Figure($"{model}/(unattributed)", "", 0, u.Conversions, u.Revenue, u.StoreVisits, 0));
        }
        return rows;
    }

    /// <summary>What the reference computes, in the shape of <see cref="ReadAsync"/>.</summary>
    public static List<Figure> Expected(ReferenceAttribution reference)
    {
        var rows = new List<Figure>();
        foreach (var model in ReferenceAttribution.Models)
        {
            var report = reference.Campaigns(model);
            rows.AddRange(report.Rows
                .Select(r => new Figure($"{model}/{r.Key}", r.Channel, r.Spend, r.Conversions, r.Revenue, r.StoreVisits, r.Persons))
                .OrderBy(f => f.Key, StringComparer.Ordinal));
            rows.Add(new Figure($"{model}/(unattributed)", "", 0, report.UnattributedConversions,
                report.UnattributedRevenue, report.UnattributedStoreVisits, 0));
        }
        return rows;
    }

    /// <summary>Same rows, channels and persons; sums equal to the reference's relative tolerance.</summary>
    public static void ShouldMatch(this IReadOnlyList<Figure> actual, IReadOnlyList<Figure> expected, string because)
    {
        actual.Select(r => (r.Key, r.Channel, r.Persons)).Should().Equal(expected.Select(r => (r.Key, r.Channel, r.Persons)), because);
        foreach (var (a, e) in actual.Zip(expected))
        {
            Close(a.Spend, e.Spend, $"{because}: {e.Key} spend");
            Close(a.Conversions, e.Conversions, $"{because}: {e.Key} conversions");
            Close(a.Revenue, e.Revenue, $"{because}: {e.Key} revenue");
            Close(a.StoreVisits, e.StoreVisits, $"{because}: {e.Key} store visits");
        }
    }

    private static void Close(double actual, double expected, string what) =>
        Math.Abs(actual - expected).Should().BeLessThanOrEqualTo(
            ReportAssertions.Tolerance * Math.Max(1, Math.Abs(expected)), $"{what} is {actual}, expected {expected}");
}
