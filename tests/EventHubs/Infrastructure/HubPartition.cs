using System.Globalization;
using Azure.Messaging.EventHubs;

namespace Okube.Actors.Tests.EventHubs.Infrastructure;

/// <summary>One partition of <see cref="InMemoryEventHub"/>: sequence number = offset = index.</summary>
internal sealed class HubPartition
{
    private readonly object gate = new();
    private readonly List<Stored> events = [];
    private long delivered;

    private sealed record Stored(BinaryData Body, Dictionary<string, object> Properties, string PartitionKey, DateTimeOffset EnqueuedTime);

    public long Length
    {
        get { lock (gate) { return events.Count; } }
    }

    public long Delivered => Interlocked.Read(ref delivered);

    public void Append(BinaryData body, IDictionary<string, object> properties, string partitionKey)
    {
        lock (gate)
        {
            events.Add(new Stored(body, new Dictionary<string, object>(properties), partitionKey, DateTimeOffset.UtcNow));
        }
    }

    /// <summary>Up to <paramref name="maxCount"/> events from <paramref name="position"/>, as new instances (as a real receiver gives).</summary>
    public List<EventData> Read(ref long position, int maxCount)
    {
        lock (gate)
        {
            var read = new List<EventData>();
            while (position < events.Count && read.Count < maxCount)
            {
                read.Add(Materialise(events[(int)position], position));
                position++;
            }
            Interlocked.Add(ref delivered, read.Count);
            return read;
        }
    }

    public List<EventData> Snapshot()
    {
        lock (gate)
        {
            return events.Select((e, i) => Materialise(e, i)).ToList();
        }
    }

    private static EventData Materialise(Stored e, long sequenceNumber) =>
        EventHubsModelFactory.EventData(
            eventBody: e.Body,
            properties: new Dictionary<string, object>(e.Properties),
            partitionKey: e.PartitionKey,
            sequenceNumber: sequenceNumber,
            offsetString: sequenceNumber.ToString(CultureInfo.InvariantCulture),
            enqueuedTime: e.EnqueuedTime);
}
