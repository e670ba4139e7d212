using Microsoft.Extensions.DependencyInjection;
using Okube.Actors.Grains.Hosting;
using Okube.Actors.Grains.Persistence;
using Orleans.Hosting;
using Orleans.Runtime.Hosting;
using Orleans.Serialization;
using Orleans.TestingHost;

namespace Okube.Actors.Tests.EventHubs.Infrastructure;

/// <summary>
/// Two in-process silos whose "events" provider is the Event Hubs one over an
/// <see cref="InMemoryEventHub"/>, with the grains' services, and a client that publishes
/// through the same provider as the gateway does.
/// </summary>
public static class EventHubClusters
{
    public const string CheckpointStorage = "eh-checkpoints";

    /// <summary>Fixed, so that a restarted cluster finds its checkpoints (their keys hold it).</summary>
    public const string ServiceId = "okube-eventhubs-tests";

    public static EventHubStreamSettings Settings() => new()
    {
        // Never opened: the in-memory adapter factory makes no Azure client.
        ConnectionString = "Endpoint=sb://in-memory.invalid/;SharedAccessKeyName=test;SharedAccessKey=dGVzdA==",
        HubName = "okube-tests",
        CheckpointStorage = CheckpointStorage,
        CheckpointPersistInterval = TimeSpan.FromSeconds(1),
        PollInterval = TimeSpan.FromMilliseconds(20),
        PartnerRole = "agency",
    };

    /// <param name="store">Where grain state and checkpoints live; null: memory storage in the silos.</param>
    public static async Task<InProcessTestCluster> StartAsync(InMemoryEventHub hub, SharedGrainStore? store = null)
    {
        var builder = new InProcessTestClusterBuilder();
        builder.Options.InitialSilosCount = 2;
        builder.Options.ConfigureFileLogging = false;
        builder.Options.ServiceId = ServiceId;
        builder.ConfigureSilo((_, silo) =>
        {
            if (store is null)
            {
                silo.AddMemoryGrainStorage(StorageNames.Grains);
                silo.AddMemoryGrainStorage(CheckpointStorage);
                silo.UseInMemoryReminderService();
            }
            else
            {
                silo.Services.AddGrainStorage(StorageNames.Grains, (services, name) =>
                    new SharedGrainStorage(name, store, services.GetRequiredService<Serializer>()));
                silo.Services.AddGrainStorage(CheckpointStorage, (services, name) =>
                    new SharedGrainStorage(name, store, services.GetRequiredService<Serializer>()));
            }
            silo.AddOkubeEventHubStreams(Settings(), InMemoryEventHubAdapterFactory.For(hub));
            silo.Services.AddOkubeGrainServices();
            silo.Services.Configure<OkubeOptions>(TestTenants.Configure);
        });
        builder.ConfigureClient(client => client.AddOkubeEventHubStreams(Settings(), InMemoryEventHubAdapterFactory.For(hub)));
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }
}
