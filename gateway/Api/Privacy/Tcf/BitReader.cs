namespace Okube.Actors.Gateway.Privacy.Tcf;

/// <summary>
/// Reads big-endian bit fields, left to right, from one decoded segment. Reading past the end
/// does not throw: the reader remembers the first field it could not read (with its place, for
/// the error message) and every later read returns 0, so the parser checks <see cref="Failed"/>
/// after each group of fields and in every loop condition.
/// </summary>
internal ref struct BitReader
{
    private readonly ReadOnlySpan<byte> bytes;

    public BitReader(ReadOnlySpan<byte> bytes, int length)
    {
        this.bytes = bytes;
        Length = length;
    }

    /// <summary>Number of bits in the segment (6 per base64url character).</summary>
    public int Length { get; }

    /// <summary>Index of the next bit to read.</summary>
    public int Position { get; private set; }

    /// <summary>What is being read, for messages: "VendorConsents", "PublisherRestrictions" ...</summary>
    public string? Section { get; set; }

    /// <summary>1-based publisher restriction entry being read, 0 outside one.</summary>
    public int RestrictionEntry { get; set; }

    /// <summary>1-based range entry being read, 0 outside one.</summary>
    public int RangeEntry { get; set; }

    /// <summary>True once a read went past <see cref="Length"/>.</summary>
    public readonly bool Failed => failedField is not null;

    private string? failedField;
    private string? failedSection;
    private int failedRestriction;
    private int failedRange;
    private int failedStart;
    private long failedBits;

    /// <summary>Reads <paramref name="bits"/> (0 to 64) bits as an unsigned number.</summary>
    public ulong Read(int bits, string field)
    {
        if (!Ensure(bits, field))
        {
            return 0;
        }

        ulong value = 0;
        var position = Position;
        var remaining = bits;
        while (remaining > 0)
        {
            var bitInByte = position & 7;
            var take = Math.Min(8 - bitInByte, remaining);
            var chunk = (bytes[position >> 3] >> (8 - bitInByte - take)) & ((1 << take) - 1);
            value = (value << take) | (uint)chunk;
            position += take;
            remaining -= take;
        }

        Position = position;
        return value;
    }

    public int ReadInt(int bits, string field) => (int)Read(bits, field);

    public bool ReadBool(string field) => Read(1, field) != 0;

    /// <summary>
    /// True when <paramref name="bits"/> more bits are available; otherwise records the failure
    /// (only the first one counts) and returns false.
    /// </summary>
    public bool Ensure(long bits, string field)
    {
        if (Failed)
        {
            return false;
        }

        if (Position + bits <= Length)
        {
            return true;
        }

        failedField = field;
        failedSection = Section;
        failedRestriction = RestrictionEntry;
        failedRange = RangeEntry;
        failedStart = Position;
        failedBits = bits;
        return false;
    }

    /// <summary>"ends at bit 180 inside VendorConsents range entry 2 EndVendorId (bits 170-185)".</summary>
    public readonly string DescribeFailure()
    {
        var where = failedSection ?? "";
        if (failedRestriction > 0)
        {
            where += $" entry {failedRestriction}";
        }

        if (failedRange > 0)
        {
            where += $" range entry {failedRange}";
        }

        where = where.Length == 0 ? failedField! : $"{where} {failedField}";
        return $"ends at bit {Length} inside {where} (bits {failedStart}-{failedStart + failedBits - 1})";
    }
}
