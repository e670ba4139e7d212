using System.Diagnostics.Metrics;
using Okube.Actors.Gateway.Ingest;

namespace Okube.Actors.Gateway.Telemetry;

/// <summary>Instruments of event ingestion, on the "Okube" meter: accepted, duplicates, rejected by reason.</summary>
public static class IngestMetrics
{
    public const string MeterName = "Okube";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> Accepted = Meter.CreateCounter<long>(
        "okube.events.accepted", description: "Events accepted (new ids)");

    private static readonly Counter<long> Duplicates = Meter.CreateCounter<long>(
        "okube.events.duplicates", description: "Events whose id was already accepted");

    private static readonly Counter<long> Rejected = Meter.CreateCounter<long>(
        "okube.events.rejected", description: "Events rejected, by the field or rule that failed");

    /// <summary>The fields a rejection can name; anything else is "other", so tags stay few.</summary>
    private static readonly HashSet<string> Fields = new(StringComparer.Ordinal)
    {
        "id", "type", "occurred_at", "subject", "subjects", "channel", "interaction", "cost", "order_id", "amount",
        "currency", "store", "dwell_seconds", "source", "consent", "mac", "email_sha256",
    };

    public static void Record(string tenant, IngestResult result)
    {
        var tag = new KeyValuePair<string, object?>("tenant", tenant);
        Accepted.Add(result.Accepted, tag);
        Duplicates.Add(result.Duplicates, tag);
        foreach (var rejection in result.Rejected)
        {
            Rejected.Add(1, tag, new KeyValuePair<string, object?>("reason", ReasonOf(rejection.Error)));
        }
    }

    /// <summary>A short, bounded tag for a rejection message ("amount", "consent", "unavailable", ...).</summary>
    public static string ReasonOf(string error)
    {
        if (error.StartsWith("temporarily unavailable", StringComparison.Ordinal)) return "unavailable";
        if (error.StartsWith("an agency key", StringComparison.Ordinal)) return "role";
        if (error.StartsWith("line ", StringComparison.Ordinal) || error.StartsWith("not ", StringComparison.Ordinal)) return "malformed";
        var end = error.IndexOfAny([' ', '.', '[', ':']);
        var field = end < 0 ? error : error[..end];
        return Fields.Contains(field) ? field : "other";
    }
}
