using Orleans.TestingHost;

namespace Okube.Actors.Tests.EventHubs.Infrastructure;

/// <summary>One cluster over a 4-partition in-memory hub, memory storage; each test takes its own tenant.</summary>
public sealed class EventHubClusterFixture : IAsyncLifetime
{
    public const int Partitions = 4;
    private int tenantsHandedOut;
    private InProcessTestCluster? cluster;

    public InMemoryEventHub Hub { get; } = new(Partitions);

    public IClusterClient Client => (cluster ?? throw new InvalidOperationException("The cluster is not deployed.")).Client;

    /// <summary>A configured tenant no other test of the fixture uses.</summary>
    public string NewTenant()
    {
        var n = Interlocked.Increment(ref tenantsHandedOut);
        return n < TestTenants.Count ? TestTenants.Name(n) : throw new InvalidOperationException("Out of test tenants.");
    }

    public async Task InitializeAsync() => cluster = await EventHubClusters.StartAsync(Hub);

    public async Task DisposeAsync()
    {
        if (cluster is not null)
        {
            await cluster.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class EventHubCollection : ICollectionFixture<EventHubClusterFixture>
{
    public const string Name = "event hubs cluster";
}
