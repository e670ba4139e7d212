namespace Okube.Actors.Tests.Api.Infrastructure;

/// <summary>
/// The system clock moved to a chosen moment, from which it keeps running at the real pace:
/// a silo on it lives through midnights without waiting for them.
/// </summary>
public sealed class ShiftedClock : TimeProvider
{
    private TimeSpan offset;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + offset;

    public void Set(DateTimeOffset now) => offset = now - System.GetUtcNow();
}
