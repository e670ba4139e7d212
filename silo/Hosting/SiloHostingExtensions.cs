using Orleans.Dashboard;
using Okube.Actors.Events;
using Okube.Actors.Grains.Hosting;
using Okube.Actors.Grains.Persistence;
using Okube.Actors.Silo.Options;
using Okube.Actors.Streams.Cluster;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.Storage;
using Orleans.Streams;

namespace Okube.Actors.Silo.Hosting;

public static class SiloHostingExtensions
{
    /// <summary>The Orleans silo for the configured mode, with the grains' services.</summary>
    public static WebApplicationBuilder AddOkubeSilo(this WebApplicationBuilder builder)
    {
        var mode = builder.Configuration.AddModeProfile();
        var endpoints = builder.Configuration.GetSection(OrleansEndpointOptions.Section).Get<OrleansEndpointOptions>()
            ?? new OrleansEndpointOptions();
        builder.Services.AddOkubeGrainServices();
        if (mode == HostingMode.Cluster)
        {
            builder.AddClusterMode(ClusterSettings.Read(builder.Configuration), endpoints);
        }
        else
        {
            builder.UseOrleans(silo => silo.UseLocalMode(endpoints));
        }
        var telemetry = builder.Configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        builder.UseOrleans(silo =>
        {
            silo.AddActivityPropagation();
            if (telemetry.OrleansDashboard)
            {
                silo.AddDashboard();
            }
        });
        return builder;
    }

    /// <summary>One process, nothing external: localhost clustering, memory storage and streams.</summary>
    private static ISiloBuilder UseLocalMode(this ISiloBuilder silo, OrleansEndpointOptions endpoints)
    {
        silo.UseLocalhostClustering(endpoints.SiloPort, endpoints.GatewayPort,
            serviceId: endpoints.ServiceId, clusterId: endpoints.ClusterId);
        // Orleans' binary serializer, not the default JSON one: state is copied, not read by people.
        silo.AddMemoryGrainStorage(StorageNames.Grains, options => options.Configure<Serializer>(
            (o, serializer) => o.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer)));
        silo.AddMemoryGrainStorage("PubSubStore");
        silo.UseInMemoryReminderService();
        silo.AddMemoryStreams(EventStreams.Provider, streams => streams.ConfigureEventStreams());
        return silo;
    }

    /// <summary>Per-subject streams reach device grains by implicit subscription only.</summary>
    private static void ConfigureEventStreams(this ISiloMemoryStreamConfigurator streams)
    {
        streams.ConfigureStreamPubSub(StreamPubSubType.ImplicitOnly);
        streams.ConfigurePartitioning(8);
        streams.ConfigurePullingAgent(agent => agent.Configure(o =>
        {
            o.BatchContainerBatchSize = 64;
            o.GetQueueMsgsTimerPeriod = TimeSpan.FromMilliseconds(10);
            // A pulling agent keeps a cursor per stream until it has been idle this long:
            // one per subject, so keep it short.
            o.StreamInactivityPeriod = TimeSpan.FromMinutes(2);
        }));
    }
}
