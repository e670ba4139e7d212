using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Azure.Messaging.EventHubs;
using Microsoft.Extensions.Logging;
using Okube.Actors.Events;
using Orleans.Providers.Streams.Common;
using Orleans.Runtime;
using Orleans.Serialization;
using Orleans.Streaming.EventHubs;
using Orleans.Streams;

namespace Okube.Actors.Streams.EventHubs;

/// <summary>
/// Maps event data to streams and back. Two payloads share the hub:
/// <list type="bullet">
/// <item>the gateway's own (property "okube-format" = "subject-batch/1"): one validated,
/// pseudonymised SubjectEventBatch, put on its subject's stream (partition key: the subject's
/// grain key, so the stream lives in one partition);</item>
/// <item>partners' MessagePack arrays (no such property): put, still raw, on a partner stream
/// keyed by a hash of the partition key, whose <see cref="PartnerIngestGrain"/> validates them
/// and publishes their events as the gateway does.</item>
/// </list>
/// Partner events never go straight onto subject streams: a subject stream fed from two
/// partitions (the gateway's and a partner's) loses events, since its consumer's handshake
/// tokens from one partition move the other partition's cursor.
/// </summary>
public sealed partial class OkubeEventHubDataAdapter : EventHubDataAdapter
{
    private static readonly StreamId Discarded = StreamId.Create(EventHubWireFormat.DiscardedNamespace, "discarded");

    private readonly Serializer serializer;
    private readonly ILogger logger;
    private readonly ConditionalWeakTable<EventData, Received> received = new();

    public OkubeEventHubDataAdapter(Serializer serializer, ILogger<OkubeEventHubDataAdapter> logger)
        : base(serializer)
    {
        this.serializer = serializer;
        this.logger = logger;
    }

    /// <summary>A received event data: its stream and what the cache keeps of it.</summary>
    private sealed record Received(StreamId StreamId, EventDataContainer.Content Content, byte[] Payload);

    // ---- sending (the gateway publishes SubjectEventBatch items) ----

    public override EventData ToQueueMessage<T>(StreamId streamId, IEnumerable<T> events, StreamSequenceToken? token, Dictionary<string, object>? requestContext)
    {
        if (token is not null)
        {
            throw new ArgumentException("Event Hubs streams take no sequence token.", nameof(token));
        }
        var batches = events.Select(e => e as SubjectEventBatch
            ?? throw new ArgumentException($"The {EventStreams.Provider} streams carry {nameof(SubjectEventBatch)} items only, not {e?.GetType().Name}.", nameof(events))).ToList();
        if (batches.Count == 0)
        {
            throw new ArgumentException("There is nothing to send.", nameof(events));
        }
        var batch = batches.Count == 1 ? batches[0] : new SubjectEventBatch(batches[0].Subject, [.. batches.SelectMany(b => b.Events)]);
        if (batches.Any(b => b.Subject != batch.Subject) || !streamId.Equals(StreamOf(batch.Subject)))
        {
            throw new ArgumentException($"A subject's batch goes on its own stream ({EventStreams.SubjectNamespace}/<subject grain key>).", nameof(events));
        }
        var data = new EventData(serializer.SerializeToArray(batch));
        data.Properties[EventHubWireFormat.FormatProperty] = EventHubWireFormat.SubjectBatchFormat;
        data.Properties[EventHubWireFormat.TenantProperty] = batch.Subject.Tenant;
        return data;
    }

    /// <summary>The stream key (a subject's grain key): one subject's batches stay in order on one partition.</summary>
    public override string GetPartitionKey(StreamId streamId) => streamId.GetKeyAsString();

    // ---- receiving ----

    public override StreamId GetStreamIdentity(EventData queueMessage) => Receive(queueMessage, partition: null).StreamId;

    public override StreamPosition GetStreamPosition(string partition, EventData queueMessage)
    {
        var r = Receive(queueMessage, partition);
        received.AddOrUpdate(queueMessage, r);
        return new StreamPosition(r.StreamId, new EventHubSequenceTokenV2(queueMessage.OffsetString, queueMessage.SequenceNumber, 0));
    }

    public override CachedMessage FromQueueMessage(StreamPosition position, EventData queueMessage, DateTime dequeueTime, Func<int, ArraySegment<byte>> getSegment)
    {
        if (received.TryGetValue(queueMessage, out var r))
        {
            received.Remove(queueMessage);
        }
        else
        {
            r = Receive(queueMessage, partition: null);
        }
        // The offset comes first, as in the base layout: GetOffset reads it back for checkpoints.
        var offset = queueMessage.OffsetString;
        ReadOnlySpan<byte> content = [(byte)r.Content];
        var segment = getSegment(SegmentBuilder.CalculateAppendSize(offset) + SegmentBuilder.CalculateAppendSize(content)
            + SegmentBuilder.CalculateAppendSize(r.Payload));
        var at = 0;
        SegmentBuilder.Append(segment, ref at, offset);
        SegmentBuilder.Append(segment, ref at, content);
        SegmentBuilder.Append(segment, ref at, r.Payload);
        return new CachedMessage
        {
            StreamId = position.StreamId,
            SequenceNumber = queueMessage.SequenceNumber,
            EventIndex = position.SequenceToken.EventIndex,
            EnqueueTimeUtc = queueMessage.EnqueuedTime.UtcDateTime,
            DequeueTimeUtc = dequeueTime,
            Segment = segment,
        };
    }

    public override IBatchContainer GetBatchContainer(ref CachedMessage cachedMessage)
    {
        var at = 0;
        var offset = SegmentBuilder.ReadNextString(cachedMessage.Segment, ref at) ?? "";
        var content = (EventDataContainer.Content)SegmentBuilder.ReadNextBytes(cachedMessage.Segment, ref at)[0];
        var payload = SegmentBuilder.ReadNextBytes(cachedMessage.Segment, ref at).ToArray();
        return new EventDataContainer(cachedMessage.StreamId,
            new EventHubSequenceTokenV2(offset, cachedMessage.SequenceNumber, 0), content, payload, serializer);
    }

    /// <summary>Not reached: <see cref="GetBatchContainer(ref CachedMessage)"/> reads the cache layout itself.</summary>
    protected override IBatchContainer GetBatchContainer(EventHubMessage eventHubMessage) =>
        throw new NotSupportedException("Event data are cached in the layout of OkubeEventHubDataAdapter.FromQueueMessage.");

    /// <summary>Classifies an event data; counts and logs what cannot be read when <paramref name="partition"/> is known.</summary>
    private Received Receive(EventData data, string? partition)
    {
        if (!data.Properties.TryGetValue(EventHubWireFormat.FormatProperty, out var format))
        {
            return ReceivePartner(data, partition);
        }
        var body = data.EventBody.ToArray();
        if (format as string == EventHubWireFormat.SubjectBatchFormat && TryReadBatch(body, out var batch))
        {
            return new Received(StreamOf(batch.Subject), EventDataContainer.Content.SubjectBatch, body);
        }
        if (partition is not null)
        {
            EventHubMetrics.CountMalformed(EventHubMetrics.PayloadReason, EventHubMetrics.UnknownTenant, 1);
            LogUnreadable(partition, data.OffsetString);
        }
        return new Received(Discarded, EventDataContainer.Content.None, []);
    }

    private Received ReceivePartner(EventData data, string? partition)
    {
        // A "tenant" property that is not a string names no tenant (""), rather than falling back to the default.
        var tenant = data.Properties.TryGetValue(EventHubWireFormat.TenantProperty, out var named) ? named as string ?? "" : null;
        var item = new PartnerEventData(partition ?? "", data.OffsetString, tenant, data.EventBody.ToArray());
        var stream = string.IsNullOrEmpty(data.PartitionKey)
            ? StreamId.Create(EventHubWireFormat.UnkeyedPartnerNamespace, partition ?? "")
            : StreamId.Create(EventHubWireFormat.PartnerNamespace, KeyOf(data.PartitionKey));
        return new Received(stream, EventDataContainer.Content.PartnerEventData, serializer.SerializeToArray(item));
    }

    /// <summary>A partner partition key may hold a raw id: stream and grain keys get a hash of it.</summary>
    private static string KeyOf(string partitionKey) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(partitionKey)).AsSpan(0, 16));

    private bool TryReadBatch(byte[] body, out SubjectEventBatch batch)
    {
        try
        {
            var read = serializer.Deserialize<SubjectEventBatch?>(body);
            batch = read!;
            return read is { Subject: not null, Events: not null };
        }
        catch (Exception)
        {
            batch = null!;
            return false;
        }
    }

    private static StreamId StreamOf(SubjectKey subject) => StreamId.Create(EventStreams.SubjectNamespace, subject.GrainKey);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Event Hubs partition {Partition}, offset {Offset}: skipped an okube-format event data that cannot be read")]
    private partial void LogUnreadable(string partition, string offset);
}
