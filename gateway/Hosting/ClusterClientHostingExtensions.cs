using Orleans.Dashboard;
using Okube.Actors.Configuration;
using Okube.Actors.Events;
using Okube.Actors.Streams.Cluster;
using Orleans.Configuration;

namespace Okube.Actors.Gateway.Host.Hosting;

public static class ClusterClientHostingExtensions
{
    /// <summary>
    /// The Orleans client the gateway serves the API through. Cluster mode finds the silos
    /// through the cluster's PostgreSQL and publishes to the same durable streams. Local
    /// mode joins a silo started with `dotnet run --project silo` on this host (which serves
    /// the API itself too; this is for trying the split).
    /// </summary>
    public static WebApplicationBuilder AddOkubeClusterClient(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var mode = builder.Configuration.AddModeProfile();
        if (mode == HostingMode.Cluster)
        {
            var settings = ClusterSettings.Read(configuration);
            settings.CheckDatabase(TimeSpan.FromSeconds(15));
            builder.UseOrleansClient(client =>
            {
                client.Configure<ClusterOptions>(o =>
                {
                    o.ClusterId = settings.ClusterId;
                    o.ServiceId = settings.ServiceId;
                });
                client.UseAdoNetClustering(o =>
                {
                    o.Invariant = ClusterSettings.Invariant;
                    o.ConnectionString = settings.PostgresConnectionString;
                });
                client.AddClusterEventStreams(settings);
            });
            return builder;
        }

        builder.UseOrleansClient(client =>
        {
            client.UseLocalhostClustering(configuration.GetValue("Orleans:GatewayPort", 30000),
                serviceId: configuration.GetValue("Orleans:ServiceId", "okube")!,
                clusterId: configuration.GetValue("Orleans:ClusterId", "okube-local")!);
            client.AddMemoryStreams(EventStreams.Provider);
        });
        var telemetry = configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        builder.UseOrleansClient(client =>
        {
            client.AddActivityPropagation();
            if (telemetry.OrleansDashboard)
            {
                client.AddDashboard();
            }
        });
        return builder;
    }
}
