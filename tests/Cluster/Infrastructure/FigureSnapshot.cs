using Okube.Actors.Tests.Support;

namespace Okube.Actors.Tests.Cluster.Infrastructure;

/// <summary>Every model's campaign rows and unattributed bucket of a tenant, to compare before and after.</summary>
public static class FigureSnapshot
{
    public static async Task<List<FigureRow>> TakeAsync(IClusterClient client, string tenant)
    {
        var rows = new List<FigureRow>();
        foreach (var model in ReferenceAttribution.Models)
        {
            var figures = await TenantFigures.ReadAsync(client, tenant, model);
            rows.AddRange(figures.CampaignRows().Select(r => r with { Key = $"{model}/{r.Key}" }));
            rows.Add(new FigureRow($"{model}/(unattributed)", "", 0, figures.Unattributed.Conversions,
                figures.Unattributed.Revenue, figures.Unattributed.StoreVisits, 0));
        }
        return rows;
    }

    /// <summary>Same rows, figures equal to the reference tolerance (sums may run in another order).</summary>
    public static void ShouldMatch(IReadOnlyList<FigureRow> actual, IReadOnlyList<FigureRow> expected, string because)
    {
        actual.Select(r => (r.Key, r.Channel, r.Persons)).Should().Equal(expected.Select(r => (r.Key, r.Channel, r.Persons)), because);
        foreach (var (a, e) in actual.Zip(expected))
        {
            ReferenceChecks.Close(a.Spend, e.Spend, $"{because}: {e.Key} spend");
            ReferenceChecks.Close(a.Conversions, e.Conversions, $"{because}: {e.Key} conversions");
            ReferenceChecks.Close(a.Revenue, e.Revenue, $"{because}: {e.Key} revenue");
            ReferenceChecks.Close(a.StoreVisits, e.StoreVisits, $"{because}: {e.Key} store visits");
        }
    }
}
