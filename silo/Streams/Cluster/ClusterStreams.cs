using Okube.Actors.Configuration;
using Okube.Actors.Events;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Streams;
using Okube.Actors.Streams.EventHubs;

namespace Okube.Actors.Streams.Cluster;

/// <summary>The durable "events" stream provider of Cluster mode, for silos and clients.</summary>
public static class ClusterStreams
{
    public static ISiloBuilder AddClusterEventStreams(this ISiloBuilder silo, ClusterSettings settings)
    {
        switch (settings.Streams.Provider)
        {
            case StreamProviderKind.AdoNet:
                silo.AddAdoNetStreams(EventStreams.Provider, streams =>
                {
                    streams.ConfigureAdoNet(ob => ob.Configure(o => ConfigureAdoNet(o, settings)));
                    streams.ConfigurePartitioning(settings.Streams.Queues);
                    streams.ConfigureStreamPubSub(StreamPubSubType.ImplicitOnly);
                    streams.ConfigurePullingAgent(agent => agent.Configure(o =>
                    {
                        o.BatchContainerBatchSize = 64;
                        o.GetQueueMsgsTimerPeriod = TimeSpan.FromMilliseconds(50);
                        o.StreamInactivityPeriod = TimeSpan.FromMinutes(2);
                        // Keep retrying a failed delivery (a silo died; its grains come back
                        // elsewhere once membership notices): after this the agent skips the event.
                        o.MaxEventDeliveryTime = TimeSpan.FromMinutes(30);
                    }));
                });
                return silo;
            default:
                return silo.AddOkubeEventHubStreams(EventHubSettings(settings));
        }
    }

    public static IClientBuilder AddClusterEventStreams(this IClientBuilder client, ClusterSettings settings)
    {
        switch (settings.Streams.Provider)
        {
            case StreamProviderKind.AdoNet:
                client.AddAdoNetStreams(EventStreams.Provider, streams =>
                {
                    streams.ConfigureAdoNet(ob => ob.Configure(o => ConfigureAdoNet(o, settings)));
                    streams.ConfigurePartitioning(settings.Streams.Queues);
                });
                return client;
            default:
                return client.AddOkubeEventHubStreams(EventHubSettings(settings));
        }
    }

    /// <summary>The contract's keys (ConnectionStrings:EventHubs, Okube:EventHubs:*) as the provider's settings.</summary>
    public static EventHubStreamSettings EventHubSettings(ClusterSettings settings)
    {
        var eventHubs = new EventHubStreamSettings
        {
            ConnectionString = settings.EventHubsConnectionString ?? "",
            HubName = settings.EventHubs.Hub ?? "",
            ConsumerGroup = settings.EventHubs.ConsumerGroup,
            CheckpointPersistInterval = settings.EventHubs.CheckpointInterval,
            DefaultTenant = settings.EventHubs.DefaultTenant,
            PartnerRole = settings.EventHubs.PartnerRole,
            StartFromNow = settings.EventHubs.StartFromNow,
        };
        eventHubs.Validate();
        return eventHubs;
    }

    private static void ConfigureAdoNet(AdoNetStreamOptions o, ClusterSettings settings)
    {
        o.Invariant = ClusterSettings.Invariant;
        o.ConnectionString = settings.PostgresConnectionString;
        // Dead letters are lost events: only a message failing this many deliveries (a poison
        // message, not a passing outage) goes there.
        o.MaxAttempts = 100;
        // Messages live in PostgreSQL until delivered; the alpha provider's 10-minute default
        // expiry would drop events after an outage longer than that.
        o.ExpiryTimeout = TimeSpan.FromDays(7);
    }
}
