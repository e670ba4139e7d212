using System.Security.Cryptography;

namespace Okube.Actors.Grains.Privacy;

/// <summary>
/// Makes one tenant's MAC key of one UTC day and keeps it in memory until the day is over,
/// then forgets it: a MAC pseudonym of a past day can no longer be recomputed by anyone,
/// holder of the tenant's secrets included.
/// <para>
/// The price of never storing the key: when this activation is lost before the day is over
/// (its silo fails or shuts down, or the grain is moved), the next activation makes a new
/// key, and the rest of the day's MACs get other pseudonyms than the morning's (the visits of
/// one phone split in two for that day).
/// </para>
/// </summary>
public sealed class DailyMacKeyGrain(TimeProvider clock) : Grain, IDailyMacKeyGrain
{
    private readonly byte[] key = RandomNumberGenerator.GetBytes(32);
    private DateOnly day;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        day = MacKeyDays.Parse(GrainKeys.Split(this.GetPrimaryKeyString()).Local);
        var left = MacKeyDays.Until(day) - clock.GetUtcNow();
        if (left > TimeSpan.Zero)
        {
            // Idle or not, stay until the day is over; then leave at once rather than at the next collection.
            DelayDeactivation(left);
            this.RegisterGrainTimer(() =>
            {
                DeactivateOnIdle();
                return Task.CompletedTask;
            }, left, Timeout.InfiniteTimeSpan);
        }
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        CryptographicOperations.ZeroMemory(key);
        return Task.CompletedTask;
    }

    public Task<byte[]> GetKeyAsync()
    {
        var now = clock.GetUtcNow();
        if (!MacKeyDays.IsUsable(day, now))
        {
            if (now >= MacKeyDays.Until(day))
            {
                DeactivateOnIdle();
            }
            throw new InvalidOperationException(
                $"The MAC key of {MacKeyDays.Format(day)} is handed out on that UTC day only (±{MacKeyDays.Grace.TotalMinutes} minutes); it is {now:u}.");
        }
        // A copy: the caller's must not be zeroed with this one.
        return Task.FromResult(key.ToArray());
    }
}
