using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Text;
using Azure.Messaging.EventHubs;
using Orleans.Streaming.EventHubs;

namespace Okube.Actors.Tests.EventHubs.Infrastructure;

/// <summary>
/// An event hub in memory: partitions of append-only events whose offset is their sequence
/// number, a partition chosen by a stable hash of the partition key, receivers that start
/// at an offset (inclusive) or at either end, as Event Hubs' do. It outlives clusters, so a
/// restarted cluster reads the same partitions.
/// </summary>
public sealed class InMemoryEventHub
{
    private readonly HubPartition[] partitions;
    private readonly ConcurrentQueue<ReceiverStart> starts = new();

    public InMemoryEventHub(int partitionCount)
    {
        partitions = Enumerable.Range(0, partitionCount).Select(_ => new HubPartition()).ToArray();
        PartitionIds = Enumerable.Range(0, partitionCount).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
    }

    public string[] PartitionIds { get; }

    /// <summary>Every receiver created, with the offset it was asked to start at ("-1": no checkpoint).</summary>
    public IReadOnlyList<ReceiverStart> Starts => starts.ToArray();

    public int PartitionOf(string partitionKey) =>
        (int)(XxHash32.HashToUInt32(Encoding.UTF8.GetBytes(partitionKey)) % (uint)partitions.Length);

    /// <summary>What a producer client does with the event data and its partition key.</summary>
    public void Send(EventData data, string partitionKey) =>
        partitions[PartitionOf(partitionKey)].Append(data.EventBody, data.Properties, partitionKey);

    /// <summary>A partner's event data: a body, the subject as partition key, the tenant as application property.</summary>
    public void SendPartner(byte[] body, string partitionKey, string? tenant)
    {
        var properties = new Dictionary<string, object>();
        if (tenant is not null)
        {
            properties[EventHubWireFormat.TenantProperty] = tenant;
        }
        partitions[PartitionOf(partitionKey)].Append(new BinaryData(body), properties, partitionKey);
    }

    /// <summary>Events held by each partition.</summary>
    public long[] Lengths() => partitions.Select(p => p.Length).ToArray();

    /// <summary>Events handed to receivers by each partition, counting repeats.</summary>
    public long[] Delivered() => partitions.Select(p => p.Delivered).ToArray();

    /// <summary>The events of a partition as stored.</summary>
    public IReadOnlyList<EventData> Events(int partition) => partitions[partition].Snapshot();

    public IEventHubReceiver CreateReceiver(string partitionId, string offset, bool startFromNow)
    {
        var partition = partitions[Array.IndexOf(PartitionIds, partitionId)];
        starts.Enqueue(new ReceiverStart(partitionId, offset));
        var position = offset != "-1" ? long.Parse(offset, System.Globalization.CultureInfo.InvariantCulture)
            : startFromNow ? partition.Length : 0;
        return new InMemoryHubReceiver(partition, position);
    }
}

public sealed record ReceiverStart(string Partition, string Offset);
