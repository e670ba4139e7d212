using System.Globalization;
using Azure.Messaging.EventHubs;
using Orleans.Providers.Streams.Common;
using Orleans.Streaming.EventHubs;
using Orleans.Streams;

namespace Okube.Actors.Tests.EventHubs.Adapter;

/// <summary>How the data adapter maps event data to streams, caches them and hands them out.</summary>
public sealed class DataAdapterTests
{
    private readonly OkubeEventHubDataAdapter adapter = AdapterServices.Adapter();

    private static readonly SubjectEventBatch Batch = new(
        new SubjectKey("t1", SubjectKind.Cookie, "pseudo-1"),
        [
            new SubjectEvent
            {
                Id = "e1", Kind = EventKind.Touchpoint, OccurredAt = new DateTime(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc),
                Channel = "display", Campaign = "c01", Interaction = InteractionKind.Click, Cost = 0.5,
            },
            new SubjectEvent
            {
                Id = "e2", Kind = EventKind.Transaction, OccurredAt = new DateTime(2026, 3, 2, 12, 0, 0, DateTimeKind.Utc),
                Amount = 20, Currency = "EUR", OrderId = "o1",
            },
        ]);

    private static StreamId StreamOf(SubjectKey subject) => StreamId.Create(EventStreams.SubjectNamespace, subject.GrainKey);

    /// <summary>What a partition receiver hands over: the event data with broker-set offset and sequence number.</summary>
    private static EventData Received(EventData sent, string? partitionKey, long sequenceNumber) =>
        EventHubsModelFactory.EventData(sent.EventBody, sent.Properties, null, partitionKey, sequenceNumber,
            sequenceNumber.ToString(CultureInfo.InvariantCulture), DateTimeOffset.UtcNow);

    private static EventData Partner(byte[] body, string? partitionKey, string? tenant, long sequenceNumber)
    {
        var properties = new Dictionary<string, object>();
        if (tenant is not null)
        {
            properties[EventHubWireFormat.TenantProperty] = tenant;
        }
        return EventHubsModelFactory.EventData(new BinaryData(body), properties, null, partitionKey, sequenceNumber,
            sequenceNumber.ToString(CultureInfo.InvariantCulture), DateTimeOffset.UtcNow);
    }

    /// <summary>Receive → cache → batch container, as the queue cache does.</summary>
    private (StreamPosition Position, CachedMessage Cached, EventDataContainer Container) Through(string partition, EventData data)
    {
        var position = adapter.GetStreamPosition(partition, data);
        var cached = adapter.FromQueueMessage(position, data, DateTime.UtcNow, size => new ArraySegment<byte>(new byte[size]));
        return (position, cached, (EventDataContainer)adapter.GetBatchContainer(ref cached));
    }

    [Fact]
    public void A_gateway_batch_goes_on_its_subject_stream_keyed_for_one_partition()
    {
        var stream = StreamOf(Batch.Subject);
        var sent = adapter.ToQueueMessage(stream, [Batch], null, null);

        adapter.GetPartitionKey(stream).Should().Be(Batch.Subject.GrainKey);
        sent.Properties[EventHubWireFormat.FormatProperty].Should().Be(EventHubWireFormat.SubjectBatchFormat);
        sent.Properties[EventHubWireFormat.TenantProperty].Should().Be("t1");
        var (position, cached, container) = Through("3", Received(sent, Batch.Subject.GrainKey, 7));

        position.StreamId.Should().Be(stream);
        adapter.GetOffset(cached).Should().Be("7", "checkpoints are read back from the cached message");
        var token = container.SequenceToken.Should().BeOfType<EventHubSequenceTokenV2>().Subject;
        token.EventHubOffset.Should().Be("7");
        token.SequenceNumber.Should().Be(7);
        container.GetEvents<SubjectEventBatch>().Should().ContainSingle().Which.Item1.Should().BeEquivalentTo(Batch);
    }

    [Fact]
    public void A_batch_container_crossing_silos_still_yields_its_batch()
    {
        var stream = StreamOf(Batch.Subject);
        var (_, _, container) = Through("0", Received(adapter.ToQueueMessage(stream, [Batch], null, null), Batch.Subject.GrainKey, 1));

        var copy = AdapterServices.Serializer.Deserialize<EventDataContainer>(AdapterServices.Serializer.SerializeToArray(container))!;

        copy.StreamId.Should().Be(stream);
        copy.SequenceToken.Should().Be(container.SequenceToken);
        copy.GetEvents<SubjectEventBatch>().Single().Item1.Should().BeEquivalentTo(Batch);
    }

    [Fact]
    public void Only_a_subject_batch_on_its_own_stream_can_be_sent()
    {
        var stream = StreamOf(Batch.Subject);
        FluentActions.Invoking(() => adapter.ToQueueMessage(stream, ["text"], null, null)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => adapter.ToQueueMessage(StreamOf(Batch.Subject with { Id = "other" }), [Batch], null, null))
            .Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => adapter.ToQueueMessage(stream, [Batch], new EventHubSequenceTokenV2("1", 1, 0), null))
            .Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Partner_event_data_go_raw_to_a_partner_stream_named_by_a_hash_of_their_partition_key()
    {
        var body = PartnerPayloads.Encode([PartnerPayloads.Subject("cookie", "x")]);
        var (first, _, container) = Through("2", Partner(body, "email:jane@example.com", "t1", 10));
        var (again, _, _) = Through("2", Partner(body, "email:jane@example.com", "t1", 11));
        var (other, _, _) = Through("2", Partner(body, "email:john@example.com", "t1", 12));

        first.StreamId.GetNamespace().Should().Be(EventHubWireFormat.PartnerNamespace);
        again.StreamId.Should().Be(first.StreamId, "one partition key, one stream, one partition");
        other.StreamId.Should().NotBe(first.StreamId);
        first.StreamId.GetKeyAsString().Should().NotContain("jane", "a stream or grain key never shows a raw id");
        var item = container.GetEvents<PartnerEventData>().Should().ContainSingle().Subject.Item1;
        item.Should().BeEquivalentTo(new PartnerEventData("2", "10", "t1", body));
    }

    [Fact]
    public void Partner_event_data_without_a_partition_key_go_to_their_partition_s_stream()
    {
        var (position, _, container) = Through("5", Partner([0x90], null, null, 3));

        position.StreamId.Should().Be(StreamId.Create(EventHubWireFormat.UnkeyedPartnerNamespace, "5"));
        container.GetEvents<PartnerEventData>().Single().Item1.Tenant.Should().BeNull();
    }

    [Fact]
    public void An_unreadable_internal_payload_is_counted_and_parked_where_no_one_listens()
    {
        using var malformed = new MalformedCounter();
        var data = EventHubsModelFactory.EventData(new BinaryData("garbage"u8.ToArray()),
            new Dictionary<string, object> { [EventHubWireFormat.FormatProperty] = EventHubWireFormat.SubjectBatchFormat },
            null, "t1/cookie/x", 4, "4", DateTimeOffset.UtcNow);

        var (position, cached, container) = Through("1", data);

        position.StreamId.GetNamespace().Should().Be(EventHubWireFormat.DiscardedNamespace);
        adapter.GetOffset(cached).Should().Be("4", "it still moves the checkpoint on");
        container.GetEvents<object>().Should().BeEmpty();
        malformed.Of(EventHubMetrics.UnknownTenant, EventHubMetrics.PayloadReason).Should().Be(1);
    }
}
