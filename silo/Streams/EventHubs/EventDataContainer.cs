using Okube.Actors.Events;
using Orleans.Runtime;
using Orleans.Serialization;
using Orleans.Streaming.EventHubs;
using Orleans.Streams;

namespace Okube.Actors.Streams.EventHubs;

/// <summary>
/// One event data as a stream delivers it: the cached bytes (Orleans' binary serialization of
/// a <see cref="SubjectEventBatch"/> or a <see cref="PartnerEventData"/>), decoded only when a
/// consumer asks for its item, on whichever silo that consumer lives.
/// </summary>
[GenerateSerializer]
public sealed class EventDataContainer : IBatchContainer
{
    public enum Content : byte
    {
        /// <summary>Nothing usable (never delivered: no one subscribes to its stream).</summary>
        None = 0,
        SubjectBatch = 1,
        PartnerEventData = 2,
    }

    [Id(0)]
    private readonly StreamId streamId;

    [Id(1)]
    private readonly EventHubSequenceTokenV2 token;

    [Id(2)]
    private readonly Content content;

    [Id(3)]
    private readonly byte[] payload;

    [NonSerialized]
    private readonly Serializer serializer;

    [NonSerialized]
    private object? item;

    public EventDataContainer(StreamId streamId, EventHubSequenceTokenV2 token, Content content, byte[] payload, Serializer serializer)
    {
        this.streamId = streamId;
        this.token = token;
        this.content = content;
        this.payload = payload;
        this.serializer = serializer;
    }

    [GeneratedActivatorConstructor]
    public EventDataContainer(Serializer serializer)
    {
        this.serializer = serializer;
        token = new EventHubSequenceTokenV2();
        payload = [];
    }

    public StreamId StreamId => streamId;

    public StreamSequenceToken SequenceToken => token;

    /// <summary>The decoded item, or null when there is none.</summary>
    public object? Item => item ??= content switch
    {
        Content.SubjectBatch => serializer.Deserialize<SubjectEventBatch>(payload),
        Content.PartnerEventData => serializer.Deserialize<PartnerEventData>(payload),
        _ => null,
    };

    public IEnumerable<Tuple<T, StreamSequenceToken>> GetEvents<T>()
    {
        if (Item is T value)
        {
            yield return Tuple.Create<T, StreamSequenceToken>(value, token);
        }
    }

    public bool ImportRequestContext() => false;

    public override string ToString() => $"EventDataContainer({streamId}, {content}, {token})";
}
