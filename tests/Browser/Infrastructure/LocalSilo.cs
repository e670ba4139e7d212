using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Okube.Actors.Tests.Browser.Infrastructure;

/// <summary>
/// The local silo (Orleans, the REST API and the dashboard in one process) on a real Kestrel
/// port of 127.0.0.1, so that Chromium can load it; free Orleans ports; one tenant.
/// </summary>
public sealed class LocalSilo : WebApplicationFactory<Program>
{
    public const string Tenant = "shop";
    public const string RetailerKey = "browser-test-retailer-key";
    public const int MinPersons = 10;

    public LocalSilo()
    {
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>http://127.0.0.1:PORT, once <see cref="Start"/> has run.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public void Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.Single());
    }

    /// <summary>A client of the real port that sends "Authorization: Bearer key" (none when null).</summary>
    public HttpClient Client(string? apiKey = RetailerKey)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var ports = FreePorts(2);
        var tenant = $"Okube:Tenants:{Tenant}:";
        var settings = new Dictionary<string, string?>
        {
            ["Orleans:SiloPort"] = ports[0].ToString(CultureInfo.InvariantCulture),
            ["Orleans:GatewayPort"] = ports[1].ToString(CultureInfo.InvariantCulture),
            ["Okube:Persistence:WriteThrough"] = "false",
            ["Okube:Demo:Enabled"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
            [tenant + "Currency"] = "EUR",
            [tenant + "MinPersons"] = MinPersons.ToString(CultureInfo.InvariantCulture),
            [tenant + "ApiKeys:0:Key"] = RetailerKey,
            [tenant + "ApiKeys:0:Role"] = "retailer",
        };
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
        // Added last, so it wins over appsettings*.json and the environment.
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(settings));
    }

    /// <summary>Distinct free TCP ports of 127.0.0.1 (all listeners are held until all are known).</summary>
    private static int[] FreePorts(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        listeners.ForEach(l => l.Start());
        try
        {
            return [.. listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port)];
        }
        finally
        {
            listeners.ForEach(l => l.Stop());
        }
    }
}
