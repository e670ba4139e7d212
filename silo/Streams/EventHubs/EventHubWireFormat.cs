namespace Okube.Actors.Streams.EventHubs;

/// <summary>Names on the Event Hubs wire and of the provider's internal streams (docs/event-hubs.md).</summary>
public static class EventHubWireFormat
{
    /// <summary>Application property: the tenant a partner payload belongs to.</summary>
    public const string TenantProperty = "tenant";

    /// <summary>Application property marking an internal payload; absent on partner payloads.</summary>
    public const string FormatProperty = "okube-format";

    /// <summary><see cref="FormatProperty"/> value: the body is one SubjectEventBatch in Orleans' binary serialization.</summary>
    public const string SubjectBatchFormat = "subject-batch/1";

    /// <summary>
    /// Stream namespace of partner event data with a partition key; the stream key is a hash
    /// of that key, so a stream lives in one partition only and never shows a raw id.
    /// </summary>
    public const string PartnerNamespace = "okube-partner";

    /// <summary>Stream namespace of partner event data without a partition key; the stream key is the partition id.</summary>
    public const string UnkeyedPartnerNamespace = "okube-partner-unkeyed";

    /// <summary>Stream namespace, with no subscriber, of event data that cannot be read at all.</summary>
    public const string DiscardedNamespace = "okube-discarded";
}
