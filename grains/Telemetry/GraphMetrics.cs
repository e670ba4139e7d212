using System.Diagnostics.Metrics;

namespace Okube.Actors.Grains.Telemetry;

/// <summary>Instruments of the identity graph, on the "Okube" meter.</summary>
public static class GraphMetrics
{
    public const string MeterName = "Okube";

    private static readonly Meter Meter = new(MeterName);

    /// <summary>Persons merged into another by an identity link.</summary>
    public static readonly Counter<long> Merges = Meter.CreateCounter<long>("okube.identity.merges");

    /// <summary>Persons purged whole for inactivity past their tenant's retention.</summary>
    public static readonly Counter<long> PersonsPurged = Meter.CreateCounter<long>("okube.retention.persons_purged");

    /// <summary>Identity links refused, tagged with the reason.</summary>
    public static readonly Counter<long> LinksRefused = Meter.CreateCounter<long>("okube.identity.links_refused");
}
