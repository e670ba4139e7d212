namespace Okube.Actors.Configuration;

/// <summary>"Okube:EventHubs" (the connection string is ConnectionStrings:EventHubs).</summary>
public sealed class EventHubsOptions
{
    public string? Hub { get; set; }

    public string ConsumerGroup { get; set; } = "$Default";

    /// <summary>How often a partition's read position is checkpointed to PostgreSQL.</summary>
    public TimeSpan CheckpointInterval { get; set; } = TimeSpan.FromSeconds(10);
}
