using System.Buffers;

namespace Okube.Actors.Gateway.Privacy.Tcf;

/// <summary>
/// The decoder behind <see cref="TcString.Parse"/>. Each segment is decoded into a stack buffer
/// (a pooled one past <see cref="StackBytes"/>) and read field by field; failures are returned as
/// messages, never thrown. Work and memory are linear in the length of the text.
/// </summary>
internal static class TcStringParser
{
    private const int StackBytes = 512;

    /// <summary>Far above any real segment (a full 65535-vendor bit field is 11 000 characters); keeps bit counts in range.</summary>
    public const int MaxSegmentLength = 1 << 20;
    private const int RangeEntryMinBits = 17;
    private const int RestrictionMinBits = 20;

    private const int Disclosed = 1;
    private const int Allowed = 2;
    private const int Publisher = 3;

    /// <summary>The decoded string, or null with <paramref name="error"/> set.</summary>
    public static TcString? Parse(ReadOnlySpan<char> text, out string? error)
    {
        if (text.IsEmpty)
        {
            error = "the string is empty";
            return null;
        }

        var core = default(CoreFields);
        VendorSet? disclosed = null, allowed = null;
        PublisherTc? publisher = null;
        Span<byte> stack = stackalloc byte[StackBytes];
        var start = 0;
        for (var number = 1; ; number++)
        {
            var dot = text[start..].IndexOf('.');
            var end = dot < 0 ? text.Length : start + dot;
            var segment = text[start..end];
            var padding = 0;
            while (padding < 2 && padding < segment.Length && segment[^(padding + 1)] == '=')
            {
                padding++;
            }

            segment = segment[..^padding];
            if (segment.IsEmpty)
            {
                error = $"segment {number} is empty";
                return null;
            }

            if (segment.Length > MaxSegmentLength)
            {
                error = $"segment {number} is longer than {MaxSegmentLength} characters";
                return null;
            }

            var byteCount = Base64Url.ByteCount(segment.Length);
            byte[]? rented = null;
            var buffer = byteCount <= StackBytes
                ? stack
                : (rented = ArrayPool<byte>.Shared.Rent(byteCount));
            try
            {
                var bad = Base64Url.Decode(segment, buffer);
                if (bad >= 0)
                {
                    error = $"segment {number}: {Describe(segment[bad])} at position {start + bad} is not base64url (A-Z, a-z, 0-9, '-', '_')";
                    return null;
                }

                var reader = new BitReader(buffer[..byteCount], segment.Length * 6);
                error = number == 1
                    ? ReadCore(ref reader, out core)
                    : ReadOptional(ref reader, number, ref disclosed, ref allowed, ref publisher);
                if (error is not null)
                {
                    return null;
                }
            }
            finally
            {
                if (rented is not null)
                {
                    ArrayPool<byte>.Shared.Return(rented);
                }
            }

            if (dot < 0)
            {
                break;
            }

            start = end + 1;
        }

        error = null;
        return new TcString
        {
            Version = core.Version,
            CreatedDeciseconds = core.Created,
            LastUpdatedDeciseconds = core.LastUpdated,
            CmpId = core.CmpId,
            CmpVersion = core.CmpVersion,
            ConsentScreen = core.ConsentScreen,
            ConsentLanguage = core.ConsentLanguage!,
            VendorListVersion = core.VendorListVersion,
            TcfPolicyVersion = core.TcfPolicyVersion,
            IsServiceSpecific = core.IsServiceSpecific,
            UseNonStandardTexts = core.UseNonStandardTexts,
            SpecialFeatureOptIns = core.SpecialFeatureOptIns,
            PurposesConsent = core.PurposesConsent,
            PurposesLITransparency = core.PurposesLITransparency,
            PurposeOneTreatment = core.PurposeOneTreatment,
            PublisherCC = core.PublisherCC!,
            VendorConsents = core.VendorConsents!,
            VendorLegitimateInterests = core.VendorLegitimateInterests!,
            PublisherRestrictions = core.PublisherRestrictions!,
            DisclosedVendors = disclosed,
            AllowedVendors = allowed,
            PublisherTc = publisher,
        };
    }

    private static string? ReadCore(ref BitReader reader, out CoreFields core)
    {
        const string where = "segment 1 (core)";
        core = default;
        core.Version = reader.ReadInt(6, "Version");
        if (reader.Failed)
        {
            return $"{where} {reader.DescribeFailure()}";
        }

        if (core.Version != 2)
        {
            return core.Version == 1
                ? $"{where}: version 1 is not 2 (TCF v1 consent strings are invalid since 2020-09-30)"
                : $"{where}: version {core.Version} is not 2";
        }

        core.Created = (long)reader.Read(36, "Created");
        core.LastUpdated = (long)reader.Read(36, "LastUpdated");
        core.CmpId = reader.ReadInt(12, "CmpId");
        core.CmpVersion = reader.ReadInt(12, "CmpVersion");
        core.ConsentScreen = reader.ReadInt(6, "ConsentScreen");
        var language = reader.ReadInt(12, "ConsentLanguage");
        core.VendorListVersion = reader.ReadInt(12, "VendorListVersion");
        core.TcfPolicyVersion = reader.ReadInt(6, "TcfPolicyVersion");
        core.IsServiceSpecific = reader.ReadBool("IsServiceSpecific");
        core.UseNonStandardTexts = reader.ReadBool("UseNonStandardTexts");
        core.SpecialFeatureOptIns = ReadIds(ref reader, 12, "SpecialFeatureOptIns");
        core.PurposesConsent = ReadIds(ref reader, 24, "PurposesConsent");
        core.PurposesLITransparency = ReadIds(ref reader, 24, "PurposesLITransparency");
        core.PurposeOneTreatment = reader.ReadBool("PurposeOneTreatment");
        var country = reader.ReadInt(12, "PublisherCC");
        if (reader.Failed)
        {
            return $"{where} {reader.DescribeFailure()}";
        }

        core.ConsentLanguage = Letters(language);
        core.PublisherCC = Letters(country);
        if (core.ConsentLanguage is null)
        {
            return $"{where}: ConsentLanguage {LetterValues(language)} is not two letters A-Z (0-25)";
        }

        if (core.PublisherCC is null)
        {
            return $"{where}: PublisherCC {LetterValues(country)} is not two letters A-Z (0-25)";
        }

        var problem = ReadVendors(ref reader, "VendorConsents", out core.VendorConsents)
            ?? ReadVendors(ref reader, "VendorLegitimateInterests", out core.VendorLegitimateInterests)
            ?? ReadRestrictions(ref reader, out core.PublisherRestrictions);
        if (reader.Failed)
        {
            return $"{where} {reader.DescribeFailure()}";
        }

        return problem is null ? null : $"{where}: {problem}";
    }

    private static string? ReadOptional(ref BitReader reader, int number, ref VendorSet? disclosed, ref VendorSet? allowed, ref PublisherTc? publisher)
    {
        var type = reader.ReadInt(3, "SegmentType");
        var name = type switch
        {
            Disclosed => "DisclosedVendors",
            Allowed => "AllowedVendors",
            Publisher => "PublisherTC",
            _ => null,
        };
        if (reader.Failed)
        {
            return $"segment {number} {reader.DescribeFailure()}";
        }

        if (name is null)
        {
            return type == 0
                ? $"segment {number}: segment type 0 (core) may only come first"
                : $"segment {number}: unknown segment type {type}";
        }

        var seen = type switch
        {
            Disclosed => disclosed is not null,
            Allowed => allowed is not null,
            _ => publisher is not null,
        };
        if (seen)
        {
            return $"segment {number}: a second {name} segment";
        }

        string? problem = null;
        switch (type)
        {
            case Disclosed:
                problem = ReadVendors(ref reader, name, out disclosed);
                break;
            case Allowed:
                problem = ReadVendors(ref reader, name, out allowed);
                break;
            default:
                publisher = ReadPublisherTc(ref reader);
                break;
        }

        if (reader.Failed)
        {
            return $"segment {number} ({name}) {reader.DescribeFailure()}";
        }

        return problem is null ? null : $"segment {number} ({name}): {problem}";
    }

    private static PublisherTc? ReadPublisherTc(ref BitReader reader)
    {
        reader.Section = null;
        var consent = ReadIds(ref reader, 24, "PubPurposesConsent");
        var legitimate = ReadIds(ref reader, 24, "PubPurposesLITransparency");
        var custom = reader.ReadInt(6, "NumCustomPurposes");
        var customConsent = ReadIds(ref reader, custom, "CustomPurposesConsent");
        var customLegitimate = ReadIds(ref reader, custom, "CustomPurposesLITransparency");
        return reader.Failed
            ? null
            : new PublisherTc
            {
                PurposesConsent = consent,
                PurposesLITransparency = legitimate,
                NumCustomPurposes = custom,
                CustomPurposesConsent = customConsent,
                CustomPurposesLITransparency = customLegitimate,
            };
    }

    /// <summary>MaxVendorId, IsRangeEncoding, then a bit field or range entries. Null result on failure (problem or reader.Failed).</summary>
    private static string? ReadVendors(ref BitReader reader, string section, out VendorSet? vendors)
    {
        vendors = null;
        reader.Section = section;
        reader.RestrictionEntry = 0;
        reader.RangeEntry = 0;
        var max = reader.ReadInt(16, "MaxVendorId");
        var isRange = reader.ReadBool("IsRangeEncoding");
        if (reader.Failed)
        {
            return null;
        }

        if (!isRange)
        {
            if (!reader.Ensure(max, "BitField"))
            {
                return null;
            }

            var words = new ulong[(max + 63) >> 6];
            for (var w = 0; w < words.Length; w++)
            {
                var take = Math.Min(64, max - (w << 6));
                words[w] = reader.Read(take, "BitField") << (64 - take);
            }

            vendors = VendorSet.FromBitField(max, words);
            return null;
        }

        var problem = ReadRangeEntries(ref reader, max, out var ranges);
        vendors = ranges;
        return problem is null ? null : $"{section} {problem}";
    }

    /// <summary>
    /// NumEntries, then that many range entries, into a set. Ids must be 1..<paramref name="max"/>
    /// (-1 for no bound: publisher restrictions, whose set then has the highest id as MaxVendorId) with end &gt;= start.
    /// </summary>
    private static string? ReadRangeEntries(ref BitReader reader, int max, out VendorSet? vendors)
    {
        vendors = null;
        var count = reader.ReadInt(12, "NumEntries");
        if (reader.Failed)
        {
            return null;
        }

        // Each entry takes at least 17 bits, so the reader fails before a claimed count beyond that is reached.
        var capacity = Math.Min(count, (reader.Length - reader.Position) / RangeEntryMinBits);
        var entries = ArrayPool<VendorRange>.Shared.Rent(Math.Max(capacity, 1));
        var highest = 0;
        try
        {
            for (var i = 0; i < count && !reader.Failed; i++)
            {
                reader.RangeEntry = i + 1;
                var isRange = reader.ReadBool("IsARange");
                var first = reader.ReadInt(16, "StartOrOnlyVendorId");
                var last = isRange ? reader.ReadInt(16, "EndVendorId") : first;
                if (reader.Failed)
                {
                    return null;
                }

                if (first == 0)
                {
                    return $"range entry {i + 1}: vendor id 0";
                }

                if (last < first)
                {
                    return $"range entry {i + 1}: end {last} is before start {first}";
                }

                if (max >= 0 && last > max)
                {
                    return $"range entry {i + 1}: vendor {last} is above MaxVendorId {max}";
                }

                highest = Math.Max(highest, last);
                entries[i] = new VendorRange(first, last);
            }

            reader.RangeEntry = 0;
            vendors = VendorSet.FromRanges(max >= 0 ? max : highest, entries, count);
            return null;
        }
        finally
        {
            ArrayPool<VendorRange>.Shared.Return(entries);
        }
    }

    private static string? ReadRestrictions(ref BitReader reader, out IReadOnlyList<PublisherRestriction>? restrictions)
    {
        restrictions = null;
        reader.Section = "PublisherRestrictions";
        reader.RestrictionEntry = 0;
        reader.RangeEntry = 0;
        var count = reader.ReadInt(12, "NumPubRestrictions");
        if (reader.Failed)
        {
            return null;
        }

        if (count == 0)
        {
            restrictions = [];
            return null;
        }

        var list = new List<PublisherRestriction>(Math.Min(count, (reader.Length - reader.Position) / RestrictionMinBits));
        for (var i = 1; i <= count && !reader.Failed; i++)
        {
            reader.RestrictionEntry = i;
            reader.RangeEntry = 0;
            var purpose = reader.ReadInt(6, "PurposeId");
            var type = reader.ReadInt(2, "RestrictionType");
            if (reader.Failed)
            {
                return null;
            }

            if (purpose == 0)
            {
                return $"PublisherRestrictions entry {i}: purpose id 0";
            }

            if (type == 3)
            {
                return $"PublisherRestrictions entry {i} (purpose {purpose}): restriction type 3 is undefined";
            }

            var problem = ReadRangeEntries(ref reader, -1, out var vendors);
            if (problem is not null)
            {
                return $"PublisherRestrictions entry {i} (purpose {purpose}) {problem}";
            }

            if (vendors is not null)
            {
                list.Add(new PublisherRestriction(purpose, (RestrictionType)type, vendors));
            }
        }

        restrictions = list;
        return null;
    }

    private static PurposeSet ReadIds(ref BitReader reader, int width, string field)
    {
        var bits = reader.Read(width, field);
        ulong mask = 0;
        for (var i = 0; i < width; i++)
        {
            mask |= ((bits >> (width - 1 - i)) & 1) << i;
        }

        return new PurposeSet(mask, width);
    }

    private static string? Letters(int value)
    {
        int first = value >> 6, second = value & 63;
        return first > 25 || second > 25 ? null : string.Create(2, value, static (span, v) =>
        {
            span[0] = (char)('A' + (v >> 6));
            span[1] = (char)('A' + (v & 63));
        });
    }

    private static string LetterValues(int value) => $"({value >> 6}, {value & 63})";

    private static string Describe(char c) =>
        char.IsControl(c) || char.IsWhiteSpace(c) ? $"character U+{(int)c:X4}" : $"character '{c}'";

    /// <summary>The core fields while they are read.</summary>
    private struct CoreFields
    {
        public int Version;
        public long Created;
        public long LastUpdated;
        public int CmpId;
        public int CmpVersion;
        public int ConsentScreen;
        public string? ConsentLanguage;
        public int VendorListVersion;
        public int TcfPolicyVersion;
        public bool IsServiceSpecific;
        public bool UseNonStandardTexts;
        public PurposeSet SpecialFeatureOptIns;
        public PurposeSet PurposesConsent;
        public PurposeSet PurposesLITransparency;
        public bool PurposeOneTreatment;
        public string? PublisherCC;
        public VendorSet? VendorConsents;
        public VendorSet? VendorLegitimateInterests;
        public IReadOnlyList<PublisherRestriction>? PublisherRestrictions;
    }
}
