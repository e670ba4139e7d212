using Orleans.Storage;
using static Okube.Actors.Tests.Cluster.Infrastructure.TestEvents;

namespace Okube.Actors.Tests.Cluster;

/// <summary>
/// With write-through, an identity stores the credit it owes before sending it. An activation
/// whose state another activation overwrote (a duplicate briefly alive after a silo failure)
/// therefore fails on the ETag before sending anything, rather than overwriting fresher credit
/// with credit worked out from stale events; the retry meets a fresh activation.
/// </summary>
[Collection(WriteThroughCollection.Name)]
public sealed class StaleActivationTests(WriteThroughCluster fixture)
{
    private readonly IClusterClient client = fixture.Client;

    [Fact]
    public async Task An_identity_whose_state_was_written_elsewhere_sends_nothing_and_its_retry_converges()
    {
        var tenant = fixture.NewTenant();
        var subject = Cookie(tenant, "stale-1");
        await client.PublishAsync(subject, Touch("t1", Noon.AddDays(-3), "ca"), Purchase("p1", Noon, 120));
        await Eventually.ProcessedAsync(client, tenant, 2);
        var identity = client.GetGrain<IIdentityGrain>(PersonOf(subject));
        await StoredState.OverwriteIdentityAsync(fixture, identity);

        var late = new SubjectEventBatch(subject, [Touch("t0", Noon.AddDays(-5), "cb", "search")]).AsImmutable();
        var stale = () => identity.ApplyAsync(late);

        await stale.Should().ThrowAsync<InconsistentStateException>();
        var linear = await TenantFigures.ReadAsync(client, tenant, "linear");
        linear.Campaign("cb").Should().BeNull("the stale activation sent no credit");
        linear.Campaign("ca")!.Conversions.Should().Be(1);

        await identity.ApplyAsync(late);
        linear = await TenantFigures.ReadAsync(client, tenant, "linear");
        linear.Campaign("cb")!.Conversions.Should().Be(0.5, "the fresh activation re-split the purchase");
        linear.Campaign("ca")!.Conversions.Should().Be(0.5);
    }
}
