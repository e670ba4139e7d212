using Okube.Actors.Configuration;
using Okube.Actors.Grains.Persistence;

namespace Okube.Actors.Streams.EventHubs;

/// <summary>
/// How the "events" stream provider reaches Azure Event Hubs (configuration section
/// "Okube:EventHubs"; see docs/event-hubs.md).
/// </summary>
public sealed class EventHubStreamSettings
{
    /// <summary>Names settings in messages; cluster mode fills these from ConnectionStrings:EventHubs and Okube:EventHubs.</summary>
    public const string Section = "Okube:EventHubs";

    /// <summary>Namespace connection string (or one scoped to the hub) with Listen and Send rights.</summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>The event hub; one Orleans queue per partition.</summary>
    public string HubName { get; set; } = "";

    public string ConsumerGroup { get; set; } = "$Default";

    /// <summary>Grain storage holding the per-partition checkpoints (any registered provider).</summary>
    public string CheckpointStorage { get; set; } = StorageNames.Grains;

    /// <summary>Least time between two checkpoint writes of a partition; shutdown always writes the last one.</summary>
    public TimeSpan CheckpointPersistInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Where a partition with no checkpoint starts: false (default) from the oldest retained
    /// event, so nothing sent before the first deployment is lost (the grains drop repeats);
    /// true from the newest.
    /// </summary>
    public bool StartFromNow { get; set; }

    /// <summary>Tenant of partner payloads that carry no "tenant" application property; null: such payloads are malformed.</summary>
    public string? DefaultTenant { get; set; }

    /// <summary>
    /// Role partner payloads are validated under: "agency" (touchpoints only) or "retailer".
    /// It belongs to the hub, not to the sender: a hub a retailer's own systems feed says "retailer".
    /// </summary>
    public string PartnerRole { get; set; } = "agency";

    /// <summary>How often a pulling agent asks its partition for new events.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Throws when a setting cannot work, naming it.</summary>
    public void Validate()
    {
        Require(ConnectionString, nameof(ConnectionString));
        Require(HubName, nameof(HubName));
        Require(ConsumerGroup, nameof(ConsumerGroup));
        Require(CheckpointStorage, nameof(CheckpointStorage));
        if (CheckpointPersistInterval <= TimeSpan.Zero)
        {
            throw Invalid(nameof(CheckpointPersistInterval), "must be positive");
        }
        if (PollInterval <= TimeSpan.Zero)
        {
            throw Invalid(nameof(PollInterval), "must be positive");
        }
        if (PartnerRole is not ("agency" or "retailer"))
        {
            throw Invalid(nameof(PartnerRole), "must be agency or retailer");
        }
        if (DefaultTenant is not null && !TenantNames.IsValid(DefaultTenant))
        {
            throw Invalid(nameof(DefaultTenant), "is not a tenant name");
        }
    }

    private static void Require(string value, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw Invalid(name, "is required");
        }
    }

    private static InvalidOperationException Invalid(string name, string problem) =>
        new($"{Section}:{name} {problem}.");
}
