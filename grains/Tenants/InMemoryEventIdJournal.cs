using System.Collections.Concurrent;

namespace Okube.Actors.Grains.Tenants;

/// <summary>Local mode: the journal lives as long as the process, like the rest of local state.</summary>
public sealed class InMemoryEventIdJournal : IEventIdJournal
{
    private readonly ConcurrentDictionary<(string, int), HashSet<UInt128>> shards = new();

    public Task<IReadOnlyCollection<UInt128>> LoadAsync(string tenant, int shard)
    {
        var set = Shard(tenant, shard);
        lock (set)
        {
            return Task.FromResult<IReadOnlyCollection<UInt128>>([.. set]);
        }
    }

    public Task AppendAsync(string tenant, int shard, IReadOnlyCollection<UInt128> hashes)
    {
        var set = Shard(tenant, shard);
        lock (set)
        {
            set.UnionWith(hashes);
        }
        return Task.CompletedTask;
    }


    private HashSet<UInt128> Shard(string tenant, int shard) => shards.GetOrAdd((tenant, shard), _ => []);
}
