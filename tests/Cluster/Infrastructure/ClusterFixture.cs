using Microsoft.Extensions.DependencyInjection;
using Okube.Actors.Grains.Hosting;
using Okube.Actors.Grains.Persistence;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Streams;
using Orleans.TestingHost;

namespace Okube.Actors.Tests.Cluster.Infrastructure;

/// <summary>
/// Two in-process silos set up as the silo's local mode sets itself up (memory storage,
/// memory streams with implicit subscriptions only, the grains' services), and a client
/// that publishes on the event streams as the gateway does.
/// </summary>
public abstract class ClusterFixture(bool writeThrough) : IAsyncLifetime
{
    /// <summary>A tenant whose lookback (7 days) and time-decay half-life (3 days) are not the defaults.</summary>
    public const string ShortLookbackTenant = "short";
    public static readonly TimeSpan ShortLookback = TimeSpan.FromDays(7);
    public static readonly TimeSpan ShortHalfLife = TimeSpan.FromDays(3);

    private const int TenantCount = 100;
    private const int QueueCount = 8;
    private int tenantsHandedOut;
    private InProcessTestCluster? cluster;

    public bool WriteThrough => writeThrough;

    public InProcessTestCluster Cluster => cluster ?? throw new InvalidOperationException("The cluster is not deployed.");

    public IClusterClient Client => Cluster.Client;

    /// <summary>A configured tenant no other test uses, so that counters and buckets start empty.</summary>
    public string NewTenant()
    {
        var n = Interlocked.Increment(ref tenantsHandedOut);
        if (n > TenantCount)
        {
            throw new InvalidOperationException($"Only {TenantCount} test tenants are configured.");
        }
        return $"t{n}";
    }

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder();
        builder.Options.InitialSilosCount = 2;
        builder.Options.ConfigureFileLogging = false;
        builder.ConfigureSilo((_, silo) => ConfigureSilo(silo));
        builder.ConfigureClient(client => client.AddMemoryStreams(EventStreams.Provider, streams =>
            streams.ConfigurePartitioning(QueueCount)));
        cluster = builder.Build();
        await cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        if (cluster is not null)
        {
            await cluster.DisposeAsync();
        }
    }

    private void ConfigureSilo(ISiloBuilder silo)
    {
        silo.AddMemoryGrainStorage(StorageNames.Grains);
        silo.AddMemoryGrainStorage("PubSubStore");
        silo.UseInMemoryReminderService();
        silo.AddMemoryStreams(EventStreams.Provider, streams =>
        {
            streams.ConfigureStreamPubSub(StreamPubSubType.ImplicitOnly);
            streams.ConfigurePartitioning(QueueCount);
            streams.ConfigurePullingAgent(agent => agent.Configure(o =>
            {
                o.BatchContainerBatchSize = 64;
                o.GetQueueMsgsTimerPeriod = TimeSpan.FromMilliseconds(10);
            }));
        });
        silo.Services.AddOkubeGrainServices();
        silo.Services.Configure<OkubeOptions>(ConfigureOkube);
    }

    private void ConfigureOkube(OkubeOptions options)
    {
        options.Persistence.WriteThrough = writeThrough;
        for (var i = 1; i <= TenantCount; i++)
        {
            options.Tenants[$"t{i}"] = new TenantOptions { MinPersons = 0 };
        }
        options.Tenants[ShortLookbackTenant] = new TenantOptions
        {
            MinPersons = 0,
            Lookback = ShortLookback,
            TimeDecayHalfLife = ShortHalfLife,
        };
    }
}
