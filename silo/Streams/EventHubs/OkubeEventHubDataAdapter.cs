using System.Runtime.CompilerServices;
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
/// Maps event data to subject streams and back. Two payloads share the hub: the gateway's
/// own (property "okube-format" = "subject-batch/1": one SubjectEventBatch, already
/// validated and pseudonymised) and partners' MessagePack arrays (no such property), which
/// <see cref="PartnerPayloadReader"/> validates here, once, when the event data is received.
/// Either way the queue cache holds the bytes of a pseudonymised batch, never a raw subject
/// id. Input that yields nothing is counted, logged with partition and offset, and parked on
/// a stream nobody subscribes to: it never stalls the partition.
/// </summary>
public sealed partial class OkubeEventHubDataAdapter : EventHubDataAdapter
{
    private static readonly StreamId Discarded = StreamId.Create(EventHubWireFormat.DiscardedNamespace, "discarded");

    private readonly Serializer serializer;
    private readonly PartnerPayloadReader? partners;
    private readonly ILogger logger;
    private readonly ConditionalWeakTable<EventData, Received> received = new();

    /// <param name="partners">Reads partner payloads; null on a client, which only sends.</param>
    public OkubeEventHubDataAdapter(Serializer serializer, PartnerPayloadReader? partners, ILogger<OkubeEventHubDataAdapter> logger)
        : base(serializer)
    {
        this.serializer = serializer;
        this.partners = partners;
        this.logger = logger;
    }

    /// <summary>A received event data: the stream it goes on and the batch bytes the cache keeps.</summary>
    private sealed record Received(StreamId StreamId, byte[] Payload);

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

    /// <summary>The subject's grain key: one subject's batches stay in order on one partition.</summary>
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
        // The base layout starts with the offset (GetOffset reads it back for checkpoints).
        var offset = queueMessage.OffsetString;
        var segment = getSegment(SegmentBuilder.CalculateAppendSize(offset) + SegmentBuilder.CalculateAppendSize(r.Payload));
        var at = 0;
        SegmentBuilder.Append(segment, ref at, offset);
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
        var payload = SegmentBuilder.ReadNextBytes(cachedMessage.Segment, ref at).ToArray();
        return new SubjectBatchContainer(cachedMessage.StreamId,
            new EventHubSequenceTokenV2(offset, cachedMessage.SequenceNumber, 0), payload, serializer);
    }

    protected override IBatchContainer GetBatchContainer(EventHubMessage eventHubMessage) =>
        new SubjectBatchContainer(eventHubMessage.StreamId,
            new EventHubSequenceTokenV2(eventHubMessage.Offset, eventHubMessage.SequenceNumber, 0), eventHubMessage.Payload, serializer);

    /// <summary>Decodes an event data; counts and logs what is skipped when <paramref name="partition"/> is known.</summary>
    private Received Receive(EventData data, string? partition)
    {
        if (!data.Properties.TryGetValue(EventHubWireFormat.FormatProperty, out var format))
        {
            return ReceivePartner(data, partition);
        }
        var body = data.EventBody.ToArray();
        if (format as string == EventHubWireFormat.SubjectBatchFormat && TryReadBatch(body, out var batch))
        {
            return new Received(StreamOf(batch.Subject), body);
        }
        Skipped(partition, data, "unknown", 0, [new PayloadProblem(PayloadProblem.Payload, null, $"unreadable {EventHubWireFormat.FormatProperty} payload")]);
        return new Received(Discarded, []);
    }

    private Received ReceivePartner(EventData data, string? partition)
    {
        var payload = partners?.Read(data)
            ?? PartnerPayload.Rejected(null, "this process reads no partner payloads");
        if (payload.Problems.Count > 0)
        {
            Skipped(partition, data, payload.Tenant ?? "unknown", payload.Events, payload.Problems);
        }
        return payload.Batch is { } batch
            ? new Received(StreamOf(batch.Subject), serializer.SerializeToArray(batch))
            : new Received(Discarded, []);
    }

    private bool TryReadBatch(byte[] body, out SubjectEventBatch batch)
    {
        try
        {
            batch = serializer.Deserialize<SubjectEventBatch>(body);
            return batch is { Subject: not null, Events: not null };
        }
        catch (Exception)
        {
            batch = null!;
            return false;
        }
    }

    private void Skipped(string? partition, EventData data, string tenant, int events, IReadOnlyList<PayloadProblem> problems)
    {
        if (partition is null)
        {
            return;
        }
        foreach (var reason in problems.GroupBy(p => p.Reason))
        {
            EventHubMetrics.Malformed.Add(reason.Count(),
                new KeyValuePair<string, object?>("reason", reason.Key), new KeyValuePair<string, object?>("tenant", tenant));
        }
        LogSkipped(partition, data.OffsetString, tenant, problems.Count, events, problems[0].ToString());
    }

    private static StreamId StreamOf(SubjectKey subject) => StreamId.Create(EventStreams.SubjectNamespace, subject.GrainKey);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Event Hubs partition {Partition}, offset {Offset}, tenant {Tenant}: skipped {Skipped} item(s) of {Events} event(s); first: {Problem}")]
    private partial void LogSkipped(string partition, string offset, string tenant, int skipped, int events, string problem);
}
