using static Okube.Actors.Tests.Cluster.Infrastructure.TestCredits;

namespace Okube.Actors.Tests.Cluster;

/// <summary>Credit batches may be delivered again or out of order: a campaign keeps the newest version once.</summary>
[Collection(WriteBehindCollection.Name)]
public sealed class CreditDeliveryTests(WriteBehindCluster fixture)
{
    private readonly IClusterClient client = fixture.Client;

    [Fact]
    public async Task Redelivered_credit_batch_counts_once()
    {
        var (tenant, campaign) = Campaign();
        var batch = Batch([CreditFor("conv-1", 1, 1), CreditFor("conv-2", 1, 0.25, value: 40, person: "cookie/p2")],
            new TouchCost("touch-1", Day, 7.5, "display"));

        await campaign.ApplyAsync(batch);
        await campaign.ApplyAsync(batch);

        (await LinearRow(tenant)).Should().Be(new FigureRow("cx", "display", 7.5, 1.25, 110, 0, 2));
    }

    [Fact]
    public async Task Older_version_after_a_newer_one_is_ignored()
    {
        var (tenant, campaign) = Campaign();
        await campaign.ApplyAsync(Batch(CreditFor("conv-1", 2, 0.5)));
        await campaign.ApplyAsync(Batch(CreditFor("conv-1", 1, 1)));

        (await LinearRow(tenant)).Should().Be(new FigureRow("cx", "display", 0, 0.5, 50, 0, 1));

        await campaign.ApplyAsync(Batch(CreditFor("conv-1", 3, 0.25)));
        (await LinearRow(tenant))!.Conversions.Should().Be(0.25, "a newer version replaces the credit");
    }

    [Fact]
    public async Task Retraction_is_not_undone_by_an_older_credit()
    {
        var (tenant, campaign) = Campaign();
        await campaign.ApplyAsync(Batch(CreditFor("conv-1", 1, 1), CreditFor("conv-2", 1, 1, person: "cookie/p2")));
        await campaign.ApplyAsync(Batch(Retraction("conv-1", 3)));
        await campaign.ApplyAsync(Batch(CreditFor("conv-1", 2, 0.5)));
        await campaign.ApplyAsync(Batch(Retraction("conv-1", 3)));

        (await LinearRow(tenant)).Should().Be(new FigureRow("cx", "display", 0, 1, 100, 0, 1));
    }

    [Fact]
    public async Task Redelivered_unattributed_batch_counts_once()
    {
        var tenant = fixture.NewTenant();
        var bucket = client.GetGrain<IUnattributedGrain>(tenant);
        var batch = Batch(CreditFor("conv-1", 1, 1, channel: ""), CreditFor("conv-2", 1, 1, value: 30, channel: ""));

        await bucket.ApplyAsync(batch);
        await bucket.ApplyAsync(batch);
        await bucket.ApplyAsync(Batch(Retraction("conv-2", 2)));
        await bucket.ApplyAsync(batch);

        var figures = await bucket.GetFiguresAsync(null, null);
        (figures.Conversions, figures.Revenue).Should().Be((1, 100));
    }

    private (string Tenant, ICampaignGrain Grain) Campaign()
    {
        var tenant = fixture.NewTenant();
        return (tenant, client.GetGrain<ICampaignGrain>(GrainKeys.Campaign(tenant, "cx")));
    }

    private async Task<FigureRow?> LinearRow(string tenant) =>
        (await TenantFigures.ReadAsync(client, tenant, "linear")).Campaign("cx");
}
