using System.Collections;
using System.Numerics;

namespace Okube.Actors.Gateway.Privacy.Tcf;

/// <summary>
/// A set of vendor ids (1 to 65535) as one section of a TC string encodes it: a bit field of
/// <see cref="MaxVendorId"/> bits, or sorted ranges. Memory follows the encoded size: a bit
/// field takes MaxVendorId bits, ranges take one entry per run (so a 40-character string cannot
/// make the decoder allocate a 65535-bit field). Enumerates ids ascending.
/// </summary>
public sealed class VendorSet : IReadOnlyCollection<int>
{
    /// <summary>MaxVendorId 0, bit field: no vendor.</summary>
    public static VendorSet Empty { get; } = new(0, isRangeEncoded: false, [], null, 0);

    // Bit field: vendor v is bit 63 - ((v - 1) & 63) of word (v - 1) >> 6 (first bit leftmost, as read).
    private readonly ulong[]? words;

    // Range encoding: sorted, disjoint, non-adjacent runs.
    private readonly VendorRange[]? ranges;

    private VendorSet(int maxVendorId, bool isRangeEncoded, ulong[]? words, VendorRange[]? ranges, int count)
    {
        MaxVendorId = maxVendorId;
        IsRangeEncoded = isRangeEncoded;
        this.words = words;
        this.ranges = ranges;
        Count = count;
    }

    /// <summary>The MaxVendorId field as encoded (for publisher restrictions: the highest id).</summary>
    public int MaxVendorId { get; }

    /// <summary>The IsRangeEncoding field as encoded.</summary>
    public bool IsRangeEncoded { get; }

    public int Count { get; }

    public bool IsEmpty => Count == 0;

    public bool Contains(int vendorId)
    {
        if (vendorId < 1 || vendorId > MaxVendorId)
        {
            return false;
        }

        if (words is not null)
        {
            var index = vendorId - 1;
            return ((words[index >> 6] >> (63 - (index & 63))) & 1) != 0;
        }

        var all = ranges!;
        int low = 0, high = all.Length - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            if (vendorId < all[middle].Start)
            {
                high = middle - 1;
            }
            else if (vendorId > all[middle].End)
            {
                low = middle + 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The ids as sorted runs (computed for a bit field).</summary>
    public IReadOnlyList<VendorRange> ToRanges()
    {
        if (ranges is not null)
        {
            return ranges;
        }

        var runs = new List<VendorRange>();
        var start = -1;
        var previous = -1;
        foreach (var id in this)
        {
            if (id != previous + 1)
            {
                if (start > 0)
                {
                    runs.Add(new VendorRange(start, previous));
                }

                start = id;
            }

            previous = id;
        }

        if (start > 0)
        {
            runs.Add(new VendorRange(start, previous));
        }

        return runs;
    }

    public int[] ToArray()
    {
        var ids = new int[Count];
        var i = 0;
        foreach (var id in this)
        {
            ids[i++] = id;
        }

        return ids;
    }

    public IEnumerator<int> GetEnumerator()
    {
        if (words is not null)
        {
            for (var w = 0; w < words.Length; w++)
            {
                var word = words[w];
                while (word != 0)
                {
                    var leading = BitOperations.LeadingZeroCount(word);
                    yield return (w << 6) + leading + 1;
                    word &= ~(1UL << (63 - leading));
                }
            }

            yield break;
        }

        foreach (var range in ranges!)
        {
            for (var id = range.Start; id <= range.End; id++)
            {
                yield return id;
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() =>
        $"{(IsRangeEncoded ? "ranges" : "bits")} max {MaxVendorId} [{string.Join(", ", ToRanges())}]";

    /// <summary>A bit field of <paramref name="maxVendorId"/> bits packed as read (see the field comment); owns <paramref name="words"/>.</summary>
    internal static VendorSet FromBitField(int maxVendorId, ulong[] words)
    {
        var count = 0;
        foreach (var word in words)
        {
            count += BitOperations.PopCount(word);
        }

        return new VendorSet(maxVendorId, isRangeEncoded: false, words, null, count);
    }

    /// <summary>Range entries in any order, possibly overlapping; ids 1..65535, Start &lt;= End. Sorts and merges them in place.</summary>
    internal static VendorSet FromRanges(int maxVendorId, VendorRange[] entries, int length)
    {
        if (length == 0)
        {
            return new VendorSet(maxVendorId, isRangeEncoded: true, null, [], 0);
        }

        var span = entries.AsSpan(0, length);
        span.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        var merged = 0;
        for (var i = 1; i < span.Length; i++)
        {
            if (span[i].Start <= span[merged].End + 1)
            {
                if (span[i].End > span[merged].End)
                {
                    span[merged] = span[merged] with { End = span[i].End };
                }
            }
            else
            {
                span[++merged] = span[i];
            }
        }

        var runs = span[..(merged + 1)].ToArray();
        var count = 0;
        foreach (var run in runs)
        {
            count += run.End - run.Start + 1;
        }

        return new VendorSet(maxVendorId, isRangeEncoded: true, null, runs, count);
    }
}
