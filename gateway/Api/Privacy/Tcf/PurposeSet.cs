using System.Collections;
using System.Numerics;

namespace Okube.Actors.Gateway.Privacy.Tcf;

/// <summary>
/// A fixed-width bit field of 1-based ids as a TC string encodes purposes (24 bits), special
/// features (12) and custom purposes (up to 63): id 1 is the first (leftmost) bit.
/// Enumerates the ids whose bit is set, ascending.
/// </summary>
public readonly struct PurposeSet : IReadOnlyCollection<int>, IEquatable<PurposeSet>
{
    private readonly ulong mask;

    /// <summary>Ids 1..<paramref name="width"/>; bit <c>id - 1</c> of <paramref name="mask"/> is id.</summary>
    public PurposeSet(ulong mask, int width)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(width);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(width, 64);
        if (width < 64 && mask >> width != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(mask), $"mask has bits above id {width}");
        }

        this.mask = mask;
        Width = width;
    }

    /// <summary>How many ids the field encodes (24 for purposes).</summary>
    public int Width { get; }

    /// <summary>Bit <c>id - 1</c> is set when id is in the set.</summary>
    public ulong Mask => mask;

    /// <summary>Number of ids set.</summary>
    public int Count => BitOperations.PopCount(mask);

    public bool IsEmpty => mask == 0;

    public bool Contains(int id) => id >= 1 && id <= Width && ((mask >> (id - 1)) & 1) != 0;

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

    public Enumerator GetEnumerator() => new(mask);

    IEnumerator<int> IEnumerable<int>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool Equals(PurposeSet other) => mask == other.mask && Width == other.Width;

    public override bool Equals(object? obj) => obj is PurposeSet other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(mask, Width);

    public static bool operator ==(PurposeSet left, PurposeSet right) => left.Equals(right);

    public static bool operator !=(PurposeSet left, PurposeSet right) => !left.Equals(right);

    public override string ToString() => $"[{string.Join(", ", ToArray())}]";

    /// <summary>Walks the set bits, lowest id first.</summary>
    public struct Enumerator(ulong remaining) : IEnumerator<int>
    {
        public int Current { get; private set; }

        readonly object IEnumerator.Current => Current;

        public bool MoveNext()
        {
            if (remaining == 0)
            {
                return false;
            }

            Current = BitOperations.TrailingZeroCount(remaining) + 1;
            remaining &= remaining - 1;
            return true;
        }

        public readonly void Reset() => throw new NotSupportedException();

        public readonly void Dispose()
        {
        }
    }
}
