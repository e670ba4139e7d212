using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Statistics;
using Orleans.Streaming.EventHubs;
using Orleans.Streams;

namespace Okube.Actors.Tests.EventHubs.Infrastructure;

/// <summary>
/// The production Event Hubs adapter factory with Azure swapped for an <see cref="InMemoryEventHub"/>:
/// partition ids, receivers and sends go to the hub; the queue mapper, the queue cache, the
/// data adapter and the checkpointer are the production ones.
/// </summary>
public sealed class InMemoryEventHubAdapterFactory : EventHubAdapterFactory
{
    private readonly InMemoryEventHub hub;

    public InMemoryEventHubAdapterFactory(string name, EventHubOptions ehOptions, EventHubReceiverOptions receiverOptions,
        EventHubStreamCachePressureOptions cacheOptions, StreamCacheEvictionOptions cacheEvictionOptions,
        StreamStatisticOptions statisticOptions, IEventHubDataAdapter dataAdapter, IServiceProvider serviceProvider,
        ILoggerFactory loggerFactory, IEnvironmentStatisticsProvider environmentStatisticsProvider, InMemoryEventHub hub)
        : base(name, ehOptions, receiverOptions, cacheOptions, cacheEvictionOptions, statisticOptions, dataAdapter,
            serviceProvider, loggerFactory, environmentStatisticsProvider)
    {
        this.hub = hub;
        EventHubReceiverFactory = (settings, offset, _) =>
            hub.CreateReceiver(settings.Partition, offset, settings.ReceiverOptions.StartFromNow);
    }

    /// <summary>The factory to hand to AddOkubeEventHubStreams, for silos and clients alike.</summary>
    public static Func<IServiceProvider, string, IQueueAdapterFactory> For(InMemoryEventHub hub) => (services, name) =>
    {
        T Named<T>() => services.GetRequiredService<IOptionsMonitor<T>>().Get(name);
        var factory = new InMemoryEventHubAdapterFactory(
            name,
            Named<EventHubOptions>(),
            Named<EventHubReceiverOptions>(),
            Named<EventHubStreamCachePressureOptions>(),
            Named<StreamCacheEvictionOptions>(),
            Named<StreamStatisticOptions>(),
            services.GetRequiredKeyedService<IEventHubDataAdapter>(name),
            services,
            services.GetRequiredService<ILoggerFactory>(),
            services.GetService<IEnvironmentStatisticsProvider>()!,
            hub);
        factory.Init();
        return factory;
    };

    /// <summary>No Azure producer client.</summary>
    protected override void InitEventHubClient()
    {
    }

    protected override Task<string[]> GetPartitionIdsAsync() => Task.FromResult(hub.PartitionIds);

    /// <summary>What the base class sends through Azure goes into the hub, encoded by the same data adapter.</summary>
    public override Task QueueMessageBatchAsync<T>(StreamId streamId, IEnumerable<T> events, StreamSequenceToken? token,
        Dictionary<string, object>? requestContext)
    {
        var data = dataAdapter.ToQueueMessage(streamId, events, token, requestContext);
        hub.Send(data, dataAdapter.GetPartitionKey(streamId));
        return Task.CompletedTask;
    }
}
