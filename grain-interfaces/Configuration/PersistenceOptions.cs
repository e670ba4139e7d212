namespace Okube.Actors.Configuration;

/// <summary>When grains write their state ("Okube:Persistence").</summary>
public sealed class PersistenceOptions
{
    /// <summary>
    /// True: a grain writes its state before acknowledging each batch (durable, for
    /// clusters). False: it writes at most every <see cref="WriteBehindInterval"/> and on
    /// deactivation (local mode, where storage dies with the process anyway).
    /// Unset: true in Cluster mode, false in Local mode.
    /// </summary>
    public bool? WriteThrough { get; set; }

    public TimeSpan WriteBehindInterval { get; set; } = TimeSpan.FromSeconds(10);
}
