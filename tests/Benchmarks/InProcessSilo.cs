using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Okube.Actors.Gateway.Hosting;
using Okube.Actors.Silo.Hosting;

namespace Okube.Actors.Benchmarks;

/// <summary>
/// The real silo in this process, built as silo/Program.cs builds it, on Kestrel with a
/// loopback port and Orleans on free ports, with one tenant "bench" and no demo feed.
/// </summary>
public sealed class InProcessSilo : IAsyncDisposable
{
    public const string Tenant = "bench";
    public const string RetailerKey = "bench-retailer-key";

    private readonly WebApplication app;

    private InProcessSilo(WebApplication app, Uri baseAddress)
    {
        this.app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public IServiceProvider Services => app.Services;

    public static async Task<InProcessSilo> StartAsync()
    {
        string[] args =
        [
            "--urls=http://127.0.0.1:0",
            "--contentRoot=" + AppContext.BaseDirectory,
            "--Logging:LogLevel:Default=Warning",
            "--Logging:LogLevel:Microsoft=Warning",
            "--Logging:LogLevel:Orleans=Warning",
            "--Okube:Mode=Local",
            "--Okube:Demo:Enabled=false",
            $"--Okube:Tenants:{Tenant}:Currency=EUR",
            $"--Okube:Tenants:{Tenant}:MinPersons=0",
            $"--Okube:Tenants:{Tenant}:PseudonymisationSecret=benchmark-only-secret",
            $"--Okube:Tenants:{Tenant}:ApiKeys:0:Key={RetailerKey}",
            $"--Okube:Tenants:{Tenant}:ApiKeys:0:Role=retailer",
            $"--Orleans:SiloPort={FreePort()}",
            $"--Orleans:GatewayPort={FreePort()}",
            "--Orleans:ClusterId=okube-bench",
        ];

        // The same composition as silo/Program.cs.
        var builder = WebApplication.CreateBuilder(args);
        builder.AddOkubeSilo();
        builder.Services.AddOkubeGateway(builder.Configuration);
        var app = builder.Build();
        app.UseOkubeGateway();

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>()
            .Addresses.First();
        return new InProcessSilo(app, new Uri(address));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await app.StopAsync(stop.Token);
        await app.DisposeAsync();
    }
}
