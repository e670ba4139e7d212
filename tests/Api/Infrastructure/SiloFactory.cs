using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Okube.Actors.Tests.Api.Infrastructure;

/// <summary>
/// The local silo (Orleans and the REST API in one process) through the real ASP.NET
/// pipeline, on free Orleans ports, with the test tenants and a 2 MB body limit.
/// </summary>
public sealed class SiloFactory : WebApplicationFactory<Program>
{
    public const long MaxBodyBytes = 2 * 1024 * 1024;

    /// <summary>The JWT settings of the host: tokens signed with this key, for this audience and issuer.</summary>
    public const string JwtSigningKey = "okube-tests-jwt-signing-key-of-at-least-32-bytes";
    public const string JwtAudience = "okube-api-tests";
    public const string JwtIssuer = "okube-tests";

    public SiloFactory()
    {
        (SiloPort, GatewayPort) = FreePorts();
    }

    public int SiloPort { get; }

    public int GatewayPort { get; }

    /// <summary>What the silo logged, at production levels and ours down to Trace.</summary>
    public CapturedLogs Logs { get; } = new();

    /// <summary>Every grain state the silo wrote.</summary>
    public StoredStateRecorder StoredStates { get; } = new();

    /// <summary>The clock of the silo and its grains; unset: the system's.</summary>
    public TimeProvider? Clock { get; init; }

    /// <summary>A client that sends "Authorization: Bearer key" (none when key is null).</summary>
    public HttpClient Client(string? apiKey)
    {
        var client = CreateClient();
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var settings = Settings();
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
        // Added last, so it wins over appsettings*.json and the environment.
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(settings));
        builder.ConfigureLogging(logging => CapturedLogs.AddTo(logging, Logs));
        builder.ConfigureTestServices(services => StoredStates.Wrap(services, Okube.Actors.Grains.Persistence.StorageNames.Grains));
        if (Clock is { } clock)
        {
            builder.ConfigureTestServices(services => services.Replace(new ServiceDescriptor(typeof(TimeProvider), clock)));
        }
    }

    private Dictionary<string, string?> Settings()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Orleans:SiloPort"] = SiloPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Orleans:GatewayPort"] = GatewayPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Okube:Persistence:WriteThrough"] = "false",
            ["Okube:Ingest:MaxBodyBytes"] = MaxBodyBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Okube:Demo:Enabled"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Okube:Jwt:SigningKey"] = JwtSigningKey,
            ["Okube:Jwt:Audience"] = JwtAudience,
            ["Okube:Jwt:Issuer"] = JwtIssuer,
        };
        foreach (var tenant in TestTenants.All)
        {
            var prefix = $"Okube:Tenants:{tenant.Name}:";
            settings[prefix + "Currency"] = tenant.Currency;
            settings[prefix + "MinPersons"] = tenant.MinPersons.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (tenant.MaxSubjectsPerPerson is { } cap)
            {
                settings[prefix + "MaxSubjectsPerPerson"] = cap.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            if (tenant.ConsentVendorId is { } vendor)
            {
                settings[prefix + "Consent:VendorId"] = vendor.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            settings[prefix + "Consent:Required"] = tenant.ConsentRequired ? "true" : "false";
            if (tenant.TouchpointRetention is { } touchpoints)
            {
                settings[prefix + "Retention:Touchpoints"] = touchpoints.ToString("c", System.Globalization.CultureInfo.InvariantCulture);
            }
            if (tenant.PersonRetention is { } persons)
            {
                settings[prefix + "Retention:Persons"] = persons.ToString("c", System.Globalization.CultureInfo.InvariantCulture);
            }
            if (tenant.RatePermitsPerSecond is { } rate)
            {
                settings[prefix + "RateLimit:PermitsPerSecond"] = rate.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            if (tenant.RateBurst is { } burst)
            {
                settings[prefix + "RateLimit:Burst"] = burst.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            if (tenant.PseudonymisationSecret is { } secret)
            {
                settings[prefix + "PseudonymisationSecret"] = secret;
            }
            settings[prefix + "ApiKeys:0:Key"] = tenant.RetailerKey;
            settings[prefix + "ApiKeys:0:Role"] = "retailer";
            settings[prefix + "ApiKeys:1:Key"] = tenant.AgencyKey;
            settings[prefix + "ApiKeys:1:Role"] = "agency";
            settings[prefix + "ApiKeys:2:Key"] = tenant.DpoKey;
            settings[prefix + "ApiKeys:2:Role"] = "dpo";
        }
        return settings;
    }

    /// <summary>Two distinct free TCP ports (both listeners are held until both are known).</summary>
    private static (int, int) FreePorts()
    {
        var first = new TcpListener(IPAddress.Loopback, 0);
        var second = new TcpListener(IPAddress.Loopback, 0);
        first.Start();
        second.Start();
        try
        {
            return (((IPEndPoint)first.LocalEndpoint).Port, ((IPEndPoint)second.LocalEndpoint).Port);
        }
        finally
        {
            first.Stop();
            second.Stop();
        }
    }
}
