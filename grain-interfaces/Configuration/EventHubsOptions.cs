namespace Okube.Actors.Configuration;

/// <summary>"Okube:EventHubs" (the connection string is ConnectionStrings:EventHubs).</summary>
public sealed class EventHubsOptions
{
    public string? Hub { get; set; }

    public string ConsumerGroup { get; set; } = "$Default";

    /// <summary>How often a partition's read position is checkpointed to PostgreSQL.</summary>
    public TimeSpan CheckpointInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Tenant of partner payloads without a "tenant" application property; unset: they are malformed.</summary>
    public string? DefaultTenant { get; set; }

    /// <summary>Role partner payloads are validated under: agency (touchpoints only) or retailer.</summary>
    public string PartnerRole { get; set; } = "agency";

    /// <summary>Where a partition with no checkpoint starts: false from the oldest retained event, true from now.</summary>
    public bool StartFromNow { get; set; }
}
