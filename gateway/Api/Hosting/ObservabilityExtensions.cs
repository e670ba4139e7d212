using Microsoft.Extensions.Configuration;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Orleans.Dashboard;

namespace Okube.Actors.Gateway.Hosting;

/// <summary>
/// OpenTelemetry for either host: the "Okube" and "Microsoft.Orleans" meters and ASP.NET Core's,
/// Orleans' and ASP.NET Core's activity sources; a Prometheus scrape endpoint at /metrics, and
/// OTLP export when an endpoint is configured.
/// </summary>
public static class ObservabilityExtensions
{
    /// <summary>Meters whose instruments are exported.</summary>
    public static readonly string[] Meters = ["Okube", "Microsoft.Orleans"];

    /// <summary>Activity sources traced (Orleans emits them once activity propagation is on).</summary>
    public static readonly string[] ActivitySources = ["Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application"];

    public static IServiceCollection AddOkubeObservability(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        var otlp = options.OtlpEndpoint ?? configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(options.ServiceName))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(Meters).AddAspNetCoreInstrumentation();
                if (options.Prometheus)
                {
                    metrics.AddPrometheusExporter();
                }
                if (!string.IsNullOrEmpty(otlp))
                {
                    metrics.AddOtlpExporter(o => o.Endpoint = new Uri(otlp));
                }
            })
            .WithTracing(tracing =>
            {
                tracing.AddSource(ActivitySources).AddAspNetCoreInstrumentation(o => o.RecordException = false);
                if (!string.IsNullOrEmpty(otlp))
                {
                    tracing.AddOtlpExporter(o => o.Endpoint = new Uri(otlp));
                }
            });
        return services;
    }

    /// <summary>/metrics, and the Orleans dashboard when enabled (its services come with the silo or client).</summary>
    public static WebApplication MapOkubeObservability(this WebApplication app)
    {
        var options = app.Configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        if (options.Prometheus)
        {
            app.MapPrometheusScrapingEndpoint("/metrics");
        }
        if (options.OrleansDashboard)
        {
            app.MapOrleansDashboard("/orleans-dashboard");
        }
        return app;
    }
}
