using Okube.Actors.Events;
using Orleans.Runtime;
using Orleans.Serialization;
using Orleans.Streaming.EventHubs;
using Orleans.Streams;

namespace Okube.Actors.Streams.EventHubs;

/// <summary>
/// One event data as its subject's stream delivers it: the bytes of a validated,
/// pseudonymised <see cref="SubjectEventBatch"/> (Orleans' binary serialization), decoded
/// only when a consumer asks for the events, on whichever silo that is.
/// </summary>
[GenerateSerializer]
public sealed class SubjectBatchContainer : IBatchContainer
{
    [Id(0)]
    private readonly StreamId streamId;

    [Id(1)]
    private readonly EventHubSequenceTokenV2 token;

    [Id(2)]
    private readonly byte[] payload;

    private readonly Serializer serializer;
    private SubjectEventBatch? batch;

    public SubjectBatchContainer(StreamId streamId, EventHubSequenceTokenV2 token, byte[] payload, Serializer serializer)
    {
        this.streamId = streamId;
        this.token = token;
        this.payload = payload;
        this.serializer = serializer;
    }

    [GeneratedActivatorConstructor]
    public SubjectBatchContainer(Serializer serializer)
    {
        this.serializer = serializer;
        token = new EventHubSequenceTokenV2();
        payload = [];
    }

    public StreamId StreamId => streamId;

    public StreamSequenceToken SequenceToken => token;

    /// <summary>The batch, or null for event data that yielded none (never delivered: no one subscribes).</summary>
    public SubjectEventBatch? Batch => payload.Length == 0 ? null : batch ??= serializer.Deserialize<SubjectEventBatch>(payload);

    public IEnumerable<Tuple<T, StreamSequenceToken>> GetEvents<T>()
    {
        if (Batch is T item)
        {
            yield return Tuple.Create<T, StreamSequenceToken>(item, token);
        }
    }

    public bool ImportRequestContext() => false;

    public override string ToString() => $"SubjectBatchContainer({streamId}, {token})";
}
