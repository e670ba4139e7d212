using System.Diagnostics.Metrics;

namespace Okube.Actors.Streams.EventHubs;

/// <summary>Instruments of the Event Hubs stream provider, on the "Okube" meter.</summary>
public static class EventHubMetrics
{
    public const string MeterName = "Okube";

    public const string MalformedName = "okube.eventhubs.malformed";

    private static readonly Meter Meter = new(MeterName);

    /// <summary>
    /// Skipped input, tagged "reason" (payload: a whole event data; event: one invalid event;
    /// subject: an event for another subject than the partition key) and "tenant"
    /// ("unknown" when none configured was named).
    /// </summary>
    public static readonly Counter<long> Malformed = Meter.CreateCounter<long>(MalformedName);
}
