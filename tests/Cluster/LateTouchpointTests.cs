using Okube.Actors.Tests.Support;
using static Okube.Actors.Tests.Cluster.Infrastructure.TestEvents;

namespace Okube.Actors.Tests.Cluster;

/// <summary>A touch that arrives after the conversion it belongs to re-credits that conversion.</summary>
[Collection(WriteBehindCollection.Name)]
public sealed class LateTouchpointTests(WriteBehindCluster fixture)
{
    private readonly IClusterClient client = fixture.Client;

    [Fact]
    public async Task Late_touch_in_the_lookback_moves_conversions_from_unattributed_to_its_campaign()
    {
        var tenant = fixture.NewTenant();
        var subject = Cookie(tenant, "late-1");
        await client.PublishAsync(subject, Purchase("p1", Noon, 120), Visit("v1", Noon.AddHours(1)));
        await Eventually.ProcessedAsync(client, tenant, 2);

        var before = await client.GetGrain<IUnattributedGrain>(tenant).GetFiguresAsync(null, null);
        (before.Conversions, before.Revenue, before.StoreVisits).Should().Be((1, 120, 1), "no touch precedes them yet");
        (await client.GetGrain<ITenantGrain>(tenant).GetCampaignsAsync()).Should().BeEmpty();

        await client.PublishAsync(subject, Touch("t1", Noon.AddDays(-2), "ca"));
        await Eventually.ProcessedAsync(client, tenant, 3);

        var after = await client.GetGrain<IUnattributedGrain>(tenant).GetFiguresAsync(null, null);
        (after.Conversions, after.Revenue, after.StoreVisits).Should().Be((0, 0, 0), "the late touch now explains both");
        foreach (var model in ReferenceAttribution.Models)
        {
            var ca = (await TenantFigures.ReadAsync(client, tenant, model)).Campaign("ca");
            ca.Should().Be(new FigureRow("ca", "display", 0, 1, 120, 1, 1), model);
        }
    }

    [Fact]
    public async Task Second_earlier_touch_splits_the_credit_as_each_model_says()
    {
        var tenant = fixture.NewTenant();
        var subject = Cookie(tenant, "late-2");
        await client.PublishAsync(subject, Touch("t1", Noon.AddDays(-2), "ca"), Purchase("p1", Noon, 100));
        await Eventually.ProcessedAsync(client, tenant, 2);
        (await Linear(tenant, "ca"))!.Conversions.Should().Be(1);

        await client.PublishAsync(subject, Touch("t2", Noon.AddDays(-5), "cb", channel: "search"));
        await Eventually.ProcessedAsync(client, tenant, 3);

        var recent = Math.Pow(2, -2.0 / 7);
        var older = Math.Pow(2, -5.0 / 7);
        var expectedCa = new Dictionary<string, double>
        {
            ["first_touch"] = 0, ["last_touch"] = 1, ["linear"] = 0.5, ["position_based"] = 0.5,
            ["time_decay"] = recent / (recent + older),
        };
        foreach (var (model, share) in expectedCa)
        {
            var figures = await TenantFigures.ReadAsync(client, tenant, model);
            ShareOf(figures, "ca").Should().BeApproximately(share, 1e-12, model);
            ShareOf(figures, "cb").Should().BeApproximately(1 - share, 1e-12, model);
            figures.CampaignRows().Sum(r => r.Revenue).Should().BeApproximately(100, 1e-9, model);
        }
        var unattributed = await client.GetGrain<IUnattributedGrain>(tenant).GetFiguresAsync(null, null);
        unattributed.Conversions.Should().Be(0);
    }

    [Fact]
    public async Task Touches_outside_the_path_change_nothing()
    {
        var tenant = fixture.NewTenant();
        var subject = Cookie(tenant, "late-3");
        await client.PublishAsync(subject, Touch("t1", Noon.AddDays(-2), "ca"), Purchase("p1", Noon, 100));
        await Eventually.ProcessedAsync(client, tenant, 2);
        var before = await FigureSnapshot.TakeAsync(client, tenant);

        await client.PublishAsync(subject,
            Touch("too-old", Noon.AddDays(-30).AddSeconds(-1), "cc"),
            Touch("too-late", Noon.AddSeconds(1), "cd"));
        await Eventually.ProcessedAsync(client, tenant, 4);

        FigureSnapshot.ShouldMatch(await FigureSnapshot.TakeAsync(client, tenant), before, "neither touch is in the purchase's 30-day path");
        (await client.GetGrain<ITenantGrain>(tenant).GetCampaignsAsync()).Should().Equal("ca");
        (await client.GetGrain<IIdentityGrain>(PersonOf(subject)).GetSummaryAsync()).Touchpoints.Should().Be(3);
    }

    [Fact]
    public async Task Touch_exactly_at_the_lookback_edge_is_in_the_path()
    {
        var tenant = fixture.NewTenant();
        var subject = Cookie(tenant, "late-4");
        await client.PublishAsync(subject, Purchase("p1", Noon, 100));
        await Eventually.ProcessedAsync(client, tenant, 1);

        await client.PublishAsync(subject, Touch("edge", Noon.AddDays(-30), "ce"));
        await Eventually.ProcessedAsync(client, tenant, 2);

        (await Linear(tenant, "ce")).Should().Be(new FigureRow("ce", "display", 0, 1, 100, 0, 1));
    }

    private async Task<FigureRow?> Linear(string tenant, string campaign) =>
        (await TenantFigures.ReadAsync(client, tenant, "linear")).Campaign(campaign);

    private static double ShareOf(TenantFigures figures, string campaign) => figures.Campaign(campaign)?.Conversions ?? 0;
}
