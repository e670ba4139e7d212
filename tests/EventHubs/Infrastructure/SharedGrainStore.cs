using System.Collections.Concurrent;

namespace Okube.Actors.Tests.EventHubs.Infrastructure;

/// <summary>Grain state as bytes, held by the test rather than by a silo, so that it outlives a cluster.</summary>
public sealed class SharedGrainStore
{
    private readonly ConcurrentDictionary<string, (byte[] Data, string ETag)> records = new(StringComparer.Ordinal);
    private readonly object gate = new();
    private long version;

    public bool TryRead(string key, out byte[] data, out string etag)
    {
        var found = records.TryGetValue(key, out var record);
        (data, etag) = found ? record : ([], "");
        return found;
    }

    /// <summary>Writes when <paramref name="expectedETag"/> is the stored one (null: none stored); the new etag, or null on conflict.</summary>
    public string? TryWrite(string key, byte[]? data, string? expectedETag)
    {
        lock (gate)
        {
            var current = records.TryGetValue(key, out var record) ? record.ETag : null;
            if (current != expectedETag)
            {
                return null;
            }
            var etag = (++version).ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (data is null)
            {
                records.TryRemove(key, out _);
            }
            else
            {
                records[key] = (data, etag);
            }
            return etag;
        }
    }

    /// <summary>Keys of one storage provider whose key contains <paramref name="fragment"/>.</summary>
    public IReadOnlyList<string> Keys(string storage, string fragment = "") =>
        records.Keys.Where(k => k.StartsWith(storage + "/", StringComparison.Ordinal) && k.Contains(fragment, StringComparison.Ordinal)).ToList();
}
