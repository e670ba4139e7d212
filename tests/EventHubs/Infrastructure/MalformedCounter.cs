using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Okube.Actors.Tests.EventHubs.Infrastructure;

/// <summary>Listens to "okube.eventhubs.malformed" while it lives, summing by tenant and reason.</summary>
public sealed class MalformedCounter : IDisposable
{
    private readonly MeterListener listener = new();
    private readonly ConcurrentDictionary<(string Tenant, string Reason), long> counts = new();

    public MalformedCounter()
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == EventHubMetrics.MeterName && instrument.Name == EventHubMetrics.MalformedName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            string tenant = "", reason = "";
            foreach (var tag in tags)
            {
                if (tag.Key == "tenant") tenant = tag.Value as string ?? "";
                if (tag.Key == "reason") reason = tag.Value as string ?? "";
            }
            counts.AddOrUpdate((tenant, reason), value, (_, sum) => sum + value);
        });
        listener.Start();
    }

    public long Of(string tenant, string? reason = null) =>
        counts.Where(c => c.Key.Tenant == tenant && (reason is null || c.Key.Reason == reason)).Sum(c => c.Value);

    public void Dispose() => listener.Dispose();
}
