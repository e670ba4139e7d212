namespace Okube.Actors.Configuration;

/// <summary>Metrics, traces and the operators' Orleans dashboard ("Okube:Telemetry").</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Okube:Telemetry";

    /// <summary>The service name on exported metrics and traces.</summary>
    public string ServiceName { get; set; } = "okube";

    /// <summary>Serve Prometheus' text format at <c>/metrics</c> (no credentials: keep it on the cluster network).</summary>
    public bool Prometheus { get; set; } = true;

    /// <summary>
    /// Export metrics and traces over OTLP to this endpoint. Unset: the standard
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> environment variable decides, and without it nothing is exported.
    /// </summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>The Orleans dashboard at <c>/orleans-dashboard</c>, for operators; off by default.</summary>
    public bool OrleansDashboard { get; set; }
}
