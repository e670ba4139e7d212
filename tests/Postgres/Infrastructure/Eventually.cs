using System.Diagnostics;

namespace Okube.Actors.Tests.Postgres.Infrastructure;

/// <summary>Polls until a condition holds, failing with the last value seen once the deadline passes.</summary>
public static class Eventually
{
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);

    public static async Task<T> UntilAsync<T>(Func<Task<T>> probe, Func<T, bool> done, string what)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var value = await probe();
            if (done(value))
            {
                return value;
            }
            if (clock.Elapsed > Deadline)
            {
                done(value).Should().BeTrue($"{what} within {Deadline.TotalSeconds} s (last seen: {value})");
                return value;
            }
            await Task.Delay(Interval);
        }
    }
}
