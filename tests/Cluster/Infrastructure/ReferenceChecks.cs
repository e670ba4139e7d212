using Okube.Actors.Tests.Support;

namespace Okube.Actors.Tests.Cluster.Infrastructure;

/// <summary>Compares what the grains hold with <see cref="ReferenceAttribution"/>, at its relative tolerance.</summary>
public static class ReferenceChecks
{
    /// <summary>Campaign rows, channel rows and the unattributed bucket, for every model.</summary>
    public static async Task ShouldMatchReferenceAsync(this IClusterClient client, string tenant,
        ReferenceAttribution reference, DateOnly? from = null, DateOnly? to = null)
    {
        foreach (var model in ReferenceAttribution.Models)
        {
            var actual = await TenantFigures.ReadAsync(client, tenant, model, from, to);
            var campaigns = reference.Campaigns(model, from, to);
            ShouldMatch(actual.CampaignRows(), campaigns.Rows, $"{model} by campaign", byCampaign: true);
            ShouldMatch(actual.ChannelRows(), reference.Channels(model, from, to).Rows, $"{model} by channel", byCampaign: false);
            Close(actual.Unattributed.Conversions, campaigns.UnattributedConversions, $"{model} unattributed conversions");
            Close(actual.Unattributed.Revenue, campaigns.UnattributedRevenue, $"{model} unattributed revenue");
            Close(actual.Unattributed.StoreVisits, campaigns.UnattributedStoreVisits, $"{model} unattributed store visits");
        }
    }

    public static void ShouldMatch(IReadOnlyList<FigureRow> actual, IReadOnlyList<ExpectedRow> expected, string what, bool byCampaign)
    {
        actual.Select(r => r.Key).Should().Equal(expected.Select(r => r.Key), $"{what}: the rows the events imply");
        for (var i = 0; i < actual.Count; i++)
        {
            var (row, exp) = (actual[i], expected[i]);
            var at = $"{what}, row {exp.Key}";
            if (byCampaign)
            {
                row.Channel.Should().Be(exp.Channel, at);
            }
            Close(row.Spend, exp.Spend, at + " spend");
            Close(row.Conversions, exp.Conversions, at + " conversions");
            Close(row.Revenue, exp.Revenue, at + " revenue");
            Close(row.StoreVisits, exp.StoreVisits, at + " store visits");
            row.Persons.Should().Be(exp.Persons, at + " persons");
        }
    }

    public static void Close(double actual, double expected, string what) =>
        Math.Abs(actual - expected).Should().BeLessThanOrEqualTo(
            ReportAssertions.Tolerance * Math.Max(1, Math.Abs(expected)), $"{what} is {actual}, expected {expected}");
}
