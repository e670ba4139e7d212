using Npgsql;
using Okube.Actors.Grains.Persistence;
using Okube.Actors.Grains.Tenants;
using Okube.Actors.Silo.Options;
using Okube.Actors.Streams.Cluster;
using Okube.Actors.Streams.Postgres;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.Storage;
using System.Net;

namespace Okube.Actors.Silo.Hosting;

/// <summary>
/// Cluster mode: PostgreSQL (ADO.NET) for membership, grain state, reminders and the event-id
/// journal; ADO.NET or Event Hubs streams. Several silos can share a host with distinct ports.
/// </summary>
internal static class ClusterModeHosting
{
    public static void AddClusterMode(this WebApplicationBuilder builder, ClusterSettings settings, OrleansEndpointOptions endpoints)
    {
        settings.CheckDatabase(TimeSpan.FromSeconds(15));
        var dataSource = NpgsqlDataSource.Create(settings.PostgresConnectionString);
        builder.Services.AddSingleton(dataSource);
        builder.Services.AddSingleton<IEventIdJournal>(new PostgresEventIdJournal(dataSource, settings.ServiceId));
        // Time for a leaving silo to hand off its grains and stream queues (Kubernetes waits longer).
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(90));

        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = settings.ClusterId;
                o.ServiceId = settings.ServiceId;
            });
            silo.Configure<SiloOptions>(o => o.SiloName = Environment.GetEnvironmentVariable("POD_NAME") ?? $"{Environment.MachineName}-{endpoints.SiloPort}");
            silo.ConfigureEndpoints(
                AdvertisedAddress(endpoints), endpoints.SiloPort, endpoints.GatewayPort, listenOnAnyHostAddress: true);
            silo.UseAdoNetClustering(o =>
            {
                o.Invariant = ClusterSettings.Invariant;
                o.ConnectionString = settings.PostgresConnectionString;
            });
            silo.AddAdoNetGrainStorage(StorageNames.Grains, options => options.Configure<Serializer>((o, serializer) =>
            {
                o.Invariant = ClusterSettings.Invariant;
                o.ConnectionString = settings.PostgresConnectionString;
                o.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer);
            }));
            silo.UseAdoNetReminderService(o =>
            {
                o.Invariant = ClusterSettings.Invariant;
                o.ConnectionString = settings.PostgresConnectionString;
            });
            silo.AddClusterEventStreams(settings);
        });
    }

    /// <summary>Orleans:AdvertisedIP, else POD_IP (Kubernetes), else loopback (several silos on one host).</summary>
    private static IPAddress AdvertisedAddress(OrleansEndpointOptions endpoints) =>
        (endpoints.AdvertisedIP ?? Environment.GetEnvironmentVariable("POD_IP")) is { Length: > 0 } ip
            ? IPAddress.Parse(ip)
            : IPAddress.Loopback;
}
