using System.Diagnostics.Metrics;

namespace Okube.Actors.Grains.Telemetry;

/// <summary>Instruments of the attribution pipeline, on the "Okube" meter.</summary>
public static class PipelineMetrics
{
    private static readonly Meter Meter = new(GraphMetrics.MeterName);

    /// <summary>Events whose effects the aggregates now show (contract: "processed").</summary>
    public static readonly Counter<long> Processed = Meter.CreateCounter<long>(
        "okube.events.processed", description: "Events whose effects the reports now show");

    /// <summary>Credit changes delivered to campaign and unattributed grains.</summary>
    public static readonly Counter<long> CreditsDelivered = Meter.CreateCounter<long>(
        "okube.credits.delivered", description: "Per-conversion credit changes delivered to campaigns");

    /// <summary>From an event's acceptance at the edge to its credit being delivered.</summary>
    public static readonly Histogram<double> Lag = Meter.CreateHistogram<double>(
        "okube.pipeline.lag", unit: "s", description: "Seconds from acceptance at the gateway to the reports showing the event",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300] });

    public static KeyValuePair<string, object?> Tenant(string tenant) => new("tenant", tenant);
}
