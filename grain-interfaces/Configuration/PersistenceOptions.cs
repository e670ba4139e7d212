namespace Okube.Actors.Configuration;

/// <summary>When grains write their state ("Okube:Persistence").</summary>
public sealed class PersistenceOptions
{
    /// <summary>
    /// True: a grain writes its state before acknowledging each batch (durable, for
    /// clusters). False: it writes when it deactivates, and every
    /// <see cref="WriteBehindInterval"/> if one is set (local mode, where storage dies with
    /// the process anyway). Unset: true in Cluster mode, false in Local mode.
    /// </summary>
    public bool? WriteThrough { get; set; }

    /// <summary>With write-behind, also write changed state this often; unset: only on deactivation.</summary>
    public TimeSpan? WriteBehindInterval { get; set; }
}
