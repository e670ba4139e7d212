using System.Collections.Concurrent;
using Okube.Actors.Grains;

namespace Okube.Actors.Gateway.Privacy;

/// <summary>
/// This process's copy of each tenant's MAC key of the day, fetched from its
/// <see cref="IDailyMacKeyGrain"/> once a day and held in memory only. A tenant holds one
/// day's key at a time; keys of past days are dropped whenever a key is fetched.
/// </summary>
public sealed class DailyMacKeys(IGrainFactory grains, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, DayKey> held = new(StringComparer.Ordinal);

    /// <summary>Fetches today's key of the tenant unless it is held already; a failure of the grain propagates.</summary>
    public async ValueTask EnsureTodayAsync(string tenant, CancellationToken cancellationToken)
    {
        var today = MacKeyDays.Today(clock);
        if (held.TryGetValue(tenant, out var current) && current.Day == today)
        {
            return;
        }
        var key = await grains.GetGrain<IDailyMacKeyGrain>(GrainKeys.DailyMacKey(tenant, today))
            .GetKeyAsync().WaitAsync(cancellationToken);
        var fetched = new DayKey(today, key);
        // Two fetches across midnight: the later day wins.
        held.AddOrUpdate(tenant, fetched, (_, other) => other.Day > today ? other : fetched);
        DropPastDays();
    }

    /// <summary>The tenant's key held for the current day (or yesterday's, within the grace).</summary>
    public bool TryGetCurrent(string tenant, out byte[] key)
    {
        key = [];
        if (!held.TryGetValue(tenant, out var current) || !MacKeyDays.IsUsable(current.Day, clock.GetUtcNow()))
        {
            return false;
        }
        key = current.Key;
        return true;
    }

    /// <summary>
    /// Forgets keys no longer usable. They are not zeroed: a validation that read one just
    /// before midnight may still be hashing with it.
    /// </summary>
    private void DropPastDays()
    {
        var now = clock.GetUtcNow();
        foreach (var (tenant, dayKey) in held)
        {
            if (now >= MacKeyDays.Until(dayKey.Day))
            {
                held.TryRemove(new KeyValuePair<string, DayKey>(tenant, dayKey));
            }
        }
    }

    private sealed record DayKey(DateOnly Day, byte[] Key);
}
