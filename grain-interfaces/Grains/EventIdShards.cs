using System.IO.Hashing;
using System.Text;

namespace Okube.Actors.Grains;

/// <summary>Which shard of a tenant's event-id index holds an id: stable across processes.</summary>
public static class EventIdShards
{
    public static int ShardOf(string eventId, int shardCount) =>
        (int)(XxHash3.HashToUInt64(Encoding.UTF8.GetBytes(eventId)) % (ulong)shardCount);
}
