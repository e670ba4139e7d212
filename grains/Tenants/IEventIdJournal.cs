namespace Okube.Actors.Grains.Tenants;

/// <summary>
/// Where a shard of the event-id index keeps its ids between activations: appended a batch
/// at a time, so a reservation costs what it adds, not what the shard holds.
/// </summary>
public interface IEventIdJournal
{
    Task<IReadOnlyCollection<UInt128>> LoadAsync(string tenant, int shard);

    Task AppendAsync(string tenant, int shard, IReadOnlyCollection<UInt128> hashes);
}
