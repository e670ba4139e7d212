using Okube.Actors.Configuration;
using Okube.Actors.Events;

namespace Okube.Actors.Gateway.Host.Hosting;

public static class ClusterClientHostingExtensions
{
    /// <summary>
    /// The Orleans client the gateway serves the API through. In Local mode it joins a silo
    /// started with `dotnet run --project silo` on this host (the silo serves the API itself
    /// too, so this is for trying the split before running a cluster).
    /// </summary>
    public static WebApplicationBuilder AddOkubeClusterClient(this WebApplicationBuilder builder)
    {
        var mode = builder.Configuration.GetValue(OkubeOptions.Section + ":Mode", HostingMode.Local);
        var gatewayPort = builder.Configuration.GetValue("Orleans:GatewayPort", 30000);
        builder.UseOrleansClient(client =>
        {
            switch (mode)
            {
                case HostingMode.Local:
                    client.UseLocalhostClustering(gatewayPort,
                        serviceId: builder.Configuration.GetValue("Orleans:ServiceId", "okube")!,
                        clusterId: builder.Configuration.GetValue("Orleans:ClusterId", "okube-local")!);
                    client.AddMemoryStreams(EventStreams.Provider);
                    break;
                default:
                    throw new InvalidOperationException(
                        $"Okube:Mode '{mode}' is not available in this build: only Local runs here so far.");
            }
        });
        return builder;
    }
}
