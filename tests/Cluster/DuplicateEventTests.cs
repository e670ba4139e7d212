using static Okube.Actors.Tests.Cluster.Infrastructure.TestEvents;

namespace Okube.Actors.Tests.Cluster;

/// <summary>An event id already applied changes nothing, however it comes again.</summary>
[Collection(WriteBehindCollection.Name)]
public sealed class DuplicateEventTests(WriteBehindCluster fixture)
{
    private readonly IClusterClient client = fixture.Client;

    [Fact]
    public async Task Same_batch_published_twice_counts_once()
    {
        var tenant = fixture.NewTenant();
        var subject = Cookie(tenant, "dup-1");
        var batch = new SubjectEventBatch(subject,
            [Touch("t1", Noon.AddDays(-1), "ca", cost: 3), Purchase("p1", Noon, 80), Visit("v1", Noon.AddHours(2))]);

        await client.PublishAsync(batch);
        await client.PublishAsync(batch);
        // A later item on the same stream is delivered after both copies: once it counts, they have been applied.
        await client.PublishAsync(subject, Touch("sentinel", Noon.AddDays(1), "cz"));
        await Eventually.ProcessedAsync(client, tenant, 4);

        var linear = await TenantFigures.ReadAsync(client, tenant, "linear");
        linear.Campaign("ca").Should().Be(new FigureRow("ca", "display", 3, 1, 80, 1, 1));
        (await client.GetGrain<IIdentityGrain>(PersonOf(subject)).GetSummaryAsync())
            .Should().Be(new IdentitySummary(Touchpoints: 2, Conversions: 2, Subjects: 1, ForwardTo: null));
    }

    [Fact]
    public async Task Same_event_in_two_batches_counts_once()
    {
        var tenant = fixture.NewTenant();
        var subject = Cookie(tenant, "dup-2");
        await client.PublishAsync(subject, Touch("t1", Noon.AddDays(-3), "ca"), Purchase("p1", Noon, 80));
        await client.PublishAsync(subject, Purchase("p1", Noon, 80), Touch("t2", Noon.AddDays(-1), "cb", "search", cost: 2),
            Touch("t1", Noon.AddDays(-3), "ca"));
        await Eventually.ProcessedAsync(client, tenant, 3);

        var linear = await TenantFigures.ReadAsync(client, tenant, "linear");
        linear.CampaignRows().Should().Equal(
            new FigureRow("ca", "display", 0, 0.5, 40, 0, 1),
            new FigureRow("cb", "search", 2, 0.5, 40, 0, 1));
        linear.Unattributed.Conversions.Should().Be(0);
    }

    [Fact]
    public async Task Repeated_id_with_other_content_keeps_the_first()
    {
        var tenant = fixture.NewTenant();
        var subject = Cookie(tenant, "dup-3");
        await client.PublishAsync(subject, Touch("t1", Noon.AddDays(-3), "ca"), Purchase("p1", Noon, 80));
        await client.PublishAsync(subject, Purchase("p1", Noon, 500), Touch("t1", Noon.AddDays(-1), "cb", cost: 9));
        await client.PublishAsync(subject, Touch("sentinel", Noon.AddDays(1), "cz"));
        await Eventually.ProcessedAsync(client, tenant, 3);

        var linear = await TenantFigures.ReadAsync(client, tenant, "linear");
        linear.CampaignRows().Should().Equal(new FigureRow("ca", "display", 0, 1, 80, 0, 1));
    }

    [Fact]
    public async Task Duplicates_applied_directly_to_the_identity_change_nothing()
    {
        var tenant = fixture.NewTenant();
        var subject = Cookie(tenant, "dup-4");
        var identity = client.GetGrain<IIdentityGrain>(PersonOf(subject));
        var batch = new SubjectEventBatch(subject, [Touch("t1", Noon.AddDays(-3), "ca", cost: 1), Purchase("p1", Noon, 60)]);

        await identity.ApplyAsync(batch.AsImmutable());
        await identity.ApplyAsync(batch.AsImmutable());
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => identity.ApplyAsync(batch.AsImmutable())));

        // ApplyAsync returns once the credit is delivered and counted.
        (await client.GetGrain<ITenantGrain>(tenant).GetProcessedAsync()).Should().Be(2);
        (await TenantFigures.ReadAsync(client, tenant, "first_touch")).CampaignRows()
            .Should().Equal(new FigureRow("ca", "display", 1, 1, 60, 0, 1));
    }
}
