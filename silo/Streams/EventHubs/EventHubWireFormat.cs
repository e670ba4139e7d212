namespace Okube.Actors.Streams.EventHubs;

/// <summary>Names on the Event Hubs wire (docs/event-hubs.md).</summary>
public static class EventHubWireFormat
{
    /// <summary>Application property: the tenant a partner payload belongs to.</summary>
    public const string TenantProperty = "tenant";

    /// <summary>Application property marking an internal payload; absent on partner payloads.</summary>
    public const string FormatProperty = "okube-format";

    /// <summary><see cref="FormatProperty"/> value: the body is one SubjectEventBatch in Orleans' binary serialization.</summary>
    public const string SubjectBatchFormat = "subject-batch/1";

    /// <summary>Stream namespace, with no subscriber, of event data that yielded no event.</summary>
    public const string DiscardedNamespace = "okube-discarded";
}
