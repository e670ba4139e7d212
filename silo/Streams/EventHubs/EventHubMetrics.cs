using System.Diagnostics.Metrics;

namespace Okube.Actors.Streams.EventHubs;

/// <summary>Instruments of the Event Hubs stream provider, on the "Okube" meter.</summary>
public static class EventHubMetrics
{
    public const string MeterName = "Okube";

    public const string MalformedName = "okube.eventhubs.malformed";

    /// <summary>Reason tag: a whole event data could not be used.</summary>
    public const string PayloadReason = "payload";

    /// <summary>Reason tag: one event of a payload was invalid.</summary>
    public const string EventReason = "event";

    /// <summary>Tenant tag when no configured tenant was named.</summary>
    public const string UnknownTenant = "unknown";

    private static readonly Meter Meter = new(MeterName);

    /// <summary>Skipped input, tagged "reason" (payload or event) and "tenant".</summary>
    public static readonly Counter<long> Malformed = Meter.CreateCounter<long>(MalformedName);

    public static void CountMalformed(string reason, string tenant, long count) =>
        Malformed.Add(count, new KeyValuePair<string, object?>("reason", reason), new KeyValuePair<string, object?>("tenant", tenant));
}
