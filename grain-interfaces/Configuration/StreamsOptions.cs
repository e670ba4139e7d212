namespace Okube.Actors.Configuration;

/// <summary>"Okube:Streams": which durable stream provider carries events in Cluster mode.</summary>
public sealed class StreamsOptions
{
    public StreamProviderKind Provider { get; set; } = StreamProviderKind.AdoNet;

    /// <summary>Queues the stream is spread over (ADO.NET; Event Hubs uses its partitions).</summary>
    public int Queues { get; set; } = 8;
}

public enum StreamProviderKind
{
    /// <summary>Durable streams in the cluster's PostgreSQL (Microsoft.Orleans.Streaming.AdoNet).</summary>
    AdoNet = 0,

    /// <summary>Azure Event Hubs (ConnectionStrings:EventHubs, Okube:EventHubs:Hub, :ConsumerGroup).</summary>
    EventHubs = 1,
}
