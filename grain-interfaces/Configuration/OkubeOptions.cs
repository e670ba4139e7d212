namespace Okube.Actors.Configuration;

/// <summary>The "Okube" configuration section, shared by silo and gateway.</summary>
public sealed class OkubeOptions
{
    public const string Section = "Okube";

    public HostingMode Mode { get; set; } = HostingMode.Local;

    /// <summary>Tenants by name (the name is part of every grain key: letters, digits, '-' and '_').</summary>
    public Dictionary<string, TenantOptions> Tenants { get; set; } = new(StringComparer.Ordinal);

    public IngestOptions Ingest { get; set; } = new();

    public DemoOptions Demo { get; set; } = new();

    public PersistenceOptions Persistence { get; set; } = new();

    public StreamsOptions Streams { get; set; } = new();

    public EventHubsOptions EventHubs { get; set; } = new();

    public RateLimitOptions RateLimit { get; set; } = new();

    public JwtOptions Jwt { get; set; } = new();

    public bool WriteThrough => Persistence.WriteThrough ?? Mode == HostingMode.Cluster;
}

public enum HostingMode
{
    Local = 0,
    Cluster = 1,
}
