namespace Okube.Actors.Configuration;

public sealed class IngestOptions
{
    /// <summary>Largest accepted request body; larger ones get 413.</summary>
    public long MaxBodyBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>Largest number of events in one request; larger batches get 413.</summary>
    public int MaxEventsPerRequest { get; set; } = 50_000;

    /// <summary>Shards of each tenant's event-id index (spreads duplicate detection).</summary>
    public int EventIdShards { get; set; } = 16;
}
