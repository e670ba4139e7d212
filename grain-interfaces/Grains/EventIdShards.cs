using System.Buffers;
using System.IO.Hashing;
using System.Text;

namespace Okube.Actors.Grains;

/// <summary>
/// Hashes of event ids, stable across processes: which shard of a tenant's event-id index
/// holds an id, and the 128-bit key the shard keeps. Both run per event at ingest, so the
/// UTF-8 bytes are encoded on the stack, not allocated.
/// </summary>
public static class EventIdShards
{
    // Ids are at most 128 characters (validated at ingest): 512 bytes of UTF-8 at most.
    private const int StackLimit = 512;

    public static int ShardOf(string eventId, int shardCount) =>
        (int)(WithUtf8(eventId, static bytes => XxHash3.HashToUInt64(bytes)) % (ulong)shardCount);

    public static UInt128 KeyOf(string eventId) => WithUtf8(eventId, static bytes => XxHash128.HashToUInt128(bytes));

    private static T WithUtf8<T>(string text, Func<ReadOnlySpan<byte>, T> hash)
    {
        var length = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (length <= StackLimit)
        {
            Span<byte> buffer = stackalloc byte[StackLimit];
            return hash(buffer[..Encoding.UTF8.GetBytes(text, buffer)]);
        }
        var rented = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            return hash(rented.AsSpan(0, Encoding.UTF8.GetBytes(text, rented)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
