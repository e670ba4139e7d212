using System.Collections.Concurrent;
using Okube.Actors.Attribution.Ledger;

namespace Okube.Actors.Grains.Tenants;

/// <summary>Per-tenant attribution settings from configuration, cached per tenant.</summary>
public sealed class TenantSettings(IOptionsMonitor<OkubeOptions> options)
{
    private readonly ConcurrentDictionary<string, AttributionSettings> cache = new(StringComparer.Ordinal);

    public OkubeOptions Options => options.CurrentValue;

    public AttributionSettings AttributionFor(string tenant) =>
        cache.GetOrAdd(tenant, static (name, monitor) =>
            monitor.CurrentValue.Tenants.TryGetValue(name, out var t)
                ? new AttributionSettings(t.Lookback, t.TimeDecayHalfLife, t.AllowedLateness)
                : AttributionSettings.Default,
            options);
}
