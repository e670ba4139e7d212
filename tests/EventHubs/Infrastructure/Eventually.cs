using System.Diagnostics;

namespace Okube.Actors.Tests.EventHubs.Infrastructure;

/// <summary>Polls until a condition holds; past the deadline, fails showing the last value seen.</summary>
public static class Eventually
{
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(25);

    public static async Task<T> UntilAsync<T>(Func<Task<T>> probe, Func<T, bool> done, string what)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var value = await probe();
            if (done(value) || clock.Elapsed > Deadline)
            {
                done(value).Should().BeTrue($"{what} within {Deadline.TotalSeconds} s (last seen: {value})");
                return value;
            }
            await Task.Delay(Interval);
        }
    }

    /// <summary>The same for a probe that needs no call to the cluster.</summary>
    public static Task<T> UntilLocalAsync<T>(Func<T> probe, Func<T, bool> done, string what) =>
        UntilAsync(() => Task.FromResult(probe()), done, what);

    /// <summary>Waits for the tenant's processed counter to reach <paramref name="expected"/>, and checks it went no further.</summary>
    public static async Task ProcessedAsync(IClusterClient client, string tenant, long expected)
    {
        var grain = client.GetGrain<ITenantGrain>(tenant);
        var seen = await UntilAsync(grain.GetProcessedAsync, p => p >= expected, $"{expected} events of {tenant} processed");
        seen.Should().Be(expected, "each distinct event counts once as processed");
    }
}
