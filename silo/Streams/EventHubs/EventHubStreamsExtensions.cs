using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Okube.Actors.Events;
using Okube.Actors.Gateway.Ingest;
using Okube.Actors.Gateway.Privacy;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Serialization;
using Orleans.Streams;

namespace Okube.Actors.Streams.EventHubs;

/// <summary>
/// The "events" stream provider on Azure Event Hubs: subject streams reach device grains by
/// implicit subscription, partner streams reach <see cref="PartnerIngestGrain"/>s, one Orleans
/// queue per partition, checkpoints in grain storage.
/// </summary>
public static class EventHubStreamsExtensions
{
    /// <summary>A per-subject stream goes idle (and its cursor is dropped) after this long without events.</summary>
    private static readonly TimeSpan StreamInactivity = TimeSpan.FromMinutes(2);

    public static ISiloBuilder AddOkubeEventHubStreams(this ISiloBuilder silo, EventHubStreamSettings settings) =>
        silo.AddOkubeEventHubStreams(settings, adapterFactory: null);

    /// <param name="adapterFactory">
    /// Replaces the Event Hubs adapter factory (tests: an in-memory hub); null for Azure.
    /// </param>
    public static ISiloBuilder AddOkubeEventHubStreams(this ISiloBuilder silo, EventHubStreamSettings settings,
        Func<IServiceProvider, string, IQueueAdapterFactory>? adapterFactory)
    {
        settings.Validate();
        // What the validator needs, when the gateway is not hosted here.
        silo.Services.TryAddSingleton(TimeProvider.System);
        silo.Services.TryAddSingleton<DailyMacKeys>();
        silo.Services.TryAddSingleton<SubjectPseudonymiser>();
        silo.Services.TryAddSingleton<ConsentGate>();
        silo.Services.TryAddSingleton<EventValidator>();
        silo.Services.AddSingleton(settings);
        silo.Services.TryAddSingleton<PartnerPayloadReader>();

        silo.AddEventHubStreams(EventStreams.Provider, (ISiloEventHubStreamConfigurator eh) =>
        {
            eh.ConfigureEventHub(ob => ob.Configure(o =>
                o.ConfigureEventHubConnection(settings.ConnectionString, settings.HubName, settings.ConsumerGroup)));
            eh.UseDataAdapter(CreateDataAdapter);
            eh.ConfigurePartitionReceiver(ob => ob.Configure(o => o.StartFromNow = settings.StartFromNow));
            eh.ConfigureStreamPubSub(StreamPubSubType.ImplicitOnly);
            eh.UseGrainCheckpointer(ob => ob.Configure(o =>
            {
                o.StorageProviderName = settings.CheckpointStorage;
                o.PersistInterval = settings.CheckpointPersistInterval;
            }));
            eh.ConfigurePullingAgent(ob => ob.Configure(o =>
            {
                o.GetQueueMsgsTimerPeriod = settings.PollInterval;
                o.StreamInactivityPeriod = StreamInactivity;
            }));
            if (adapterFactory is not null)
            {
                eh.ConfigureComponent(adapterFactory);
            }
        });
        return silo;
    }

    public static IClientBuilder AddOkubeEventHubStreams(this IClientBuilder client, EventHubStreamSettings settings) =>
        client.AddOkubeEventHubStreams(settings, adapterFactory: null);

    /// <summary>The sending side, for the gateway: it publishes SubjectEventBatch items.</summary>
    /// <param name="adapterFactory">Replaces the Event Hubs adapter factory (tests); null for Azure.</param>
    public static IClientBuilder AddOkubeEventHubStreams(this IClientBuilder client, EventHubStreamSettings settings,
        Func<IServiceProvider, string, IQueueAdapterFactory>? adapterFactory)
    {
        settings.Validate();
        client.AddEventHubStreams(EventStreams.Provider, (IClusterClientEventHubStreamConfigurator eh) =>
        {
            eh.ConfigureEventHub(ob => ob.Configure(o =>
                o.ConfigureEventHubConnection(settings.ConnectionString, settings.HubName, settings.ConsumerGroup)));
            eh.UseDataAdapter(CreateDataAdapter);
            if (adapterFactory is not null)
            {
                eh.ConfigureComponent(adapterFactory);
            }
        });
        return client;
    }

    private static OkubeEventHubDataAdapter CreateDataAdapter(IServiceProvider services, string name) =>
        new(services.GetRequiredService<Serializer>(), services.GetRequiredService<ILogger<OkubeEventHubDataAdapter>>());
}
