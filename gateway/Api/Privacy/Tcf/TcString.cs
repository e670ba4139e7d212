using System.Diagnostics.CodeAnalysis;

namespace Okube.Actors.Gateway.Privacy.Tcf;

/// <summary>
/// A decoded IAB TCF v2 Transparency &amp; Consent string (TCF 2.0 to 2.3 share the bit format):
/// the core segment, then the optional DisclosedVendors (type 1), AllowedVendors (type 2, no
/// longer in the 2.2 spec but still parsed for older strings) and PublisherTC (type 3) segments.
/// Immutable.
/// </summary>
/// <remarks>
/// <para>Decoding is strict about the format and says what is wrong (<see cref="Parse"/>): the text
/// must be base64url without '+', '/' or whitespace; up to two trailing '=' per segment are tolerated
/// and ignored (iabtcf-java accepts them, iabtcf-es does not; they carry no bits). The version must
/// be 2 (v1 strings are invalid since 2020-09-30). Every field must be complete; bits after the last
/// field of a segment are padding and ignored. Letters must be A-Z; vendor ids 1 to MaxVendorId and
/// ranges ascending; publisher restrictions must name a purpose (not 0) and a defined type (not 3);
/// a segment type appears at most once, and only types 1 to 3 may follow the core segment.</para>
/// <para>Whether the string is still valid under the TCF policy (service-specific, policy version)
/// is not a format question: see <see cref="ConsentPolicy"/>.</para>
/// </remarks>
public sealed class TcString
{
    internal TcString()
    {
    }

    /// <summary>Version, always 2.</summary>
    public int Version { get; internal init; }

    /// <summary>Created, in deciseconds since the Unix epoch (36 bits).</summary>
    public long CreatedDeciseconds { get; internal init; }

    /// <summary>LastUpdated, in deciseconds since the Unix epoch (36 bits).</summary>
    public long LastUpdatedDeciseconds { get; internal init; }

    public DateTimeOffset Created => FromDeciseconds(CreatedDeciseconds);

    public DateTimeOffset LastUpdated => FromDeciseconds(LastUpdatedDeciseconds);

    public int CmpId { get; internal init; }

    public int CmpVersion { get; internal init; }

    public int ConsentScreen { get; internal init; }

    /// <summary>Two upper-case letters, e.g. "EN".</summary>
    public string ConsentLanguage { get; internal init; } = "";

    public int VendorListVersion { get; internal init; }

    public int TcfPolicyVersion { get; internal init; }

    /// <summary>Must be true since TCF 2.2 (global scope is invalid since 2021-09-01): checked by <see cref="ConsentPolicy"/>.</summary>
    public bool IsServiceSpecific { get; internal init; }

    /// <summary>UseNonStandardTexts (UseNonStandardStacks before TCF 2.2).</summary>
    public bool UseNonStandardTexts { get; internal init; }

    /// <summary>12 bits.</summary>
    public PurposeSet SpecialFeatureOptIns { get; internal init; }

    /// <summary>24 bits.</summary>
    public PurposeSet PurposesConsent { get; internal init; }

    /// <summary>24 bits.</summary>
    public PurposeSet PurposesLITransparency { get; internal init; }

    /// <summary>True when purpose 1 was not disclosed at all (jurisdictions where it needs no consent).</summary>
    public bool PurposeOneTreatment { get; internal init; }

    /// <summary>Two upper-case letters, e.g. "DE".</summary>
    public string PublisherCC { get; internal init; } = "";

    public VendorSet VendorConsents { get; internal init; } = VendorSet.Empty;

    public VendorSet VendorLegitimateInterests { get; internal init; } = VendorSet.Empty;

    public IReadOnlyList<PublisherRestriction> PublisherRestrictions { get; internal init; } = [];

    /// <summary>The DisclosedVendors segment, or null when absent.</summary>
    public VendorSet? DisclosedVendors { get; internal init; }

    /// <summary>The deprecated AllowedVendors segment, or null when absent.</summary>
    public VendorSet? AllowedVendors { get; internal init; }

    /// <summary>The PublisherTC segment, or null when absent.</summary>
    public PublisherTc? PublisherTc { get; internal init; }

    public bool HasPurposeConsent(int purposeId) => PurposesConsent.Contains(purposeId);

    public bool HasPurposeLegitimateInterest(int purposeId) => PurposesLITransparency.Contains(purposeId);

    public bool HasSpecialFeatureOptIn(int featureId) => SpecialFeatureOptIns.Contains(featureId);

    public bool HasVendorConsent(int vendorId) => VendorConsents.Contains(vendorId);

    public bool HasVendorLegitimateInterest(int vendorId) => VendorLegitimateInterests.Contains(vendorId);

    /// <summary>
    /// Whether a publisher restriction covers <paramref name="vendorId"/> for <paramref name="purposeId"/>.
    /// When several do (a string may repeat a vendor under several types), <paramref name="type"/> is the
    /// strictest: <see cref="RestrictionType.NotAllowed"/>, then RequireConsent, then RequireLegitimateInterest.
    /// </summary>
    public bool IsPurposeRestrictedFor(int purposeId, int vendorId, out RestrictionType type)
    {
        var found = false;
        type = RestrictionType.RequireLegitimateInterest;
        foreach (var restriction in PublisherRestrictions)
        {
            if (restriction.PurposeId == purposeId && restriction.Type <= type && restriction.Vendors.Contains(vendorId))
            {
                found = true;
                type = restriction.Type;
            }
        }

        if (!found)
        {
            type = default;
        }

        return found;
    }

    /// <summary>Whether a publisher restriction of <paramref name="type"/> covers <paramref name="vendorId"/> for <paramref name="purposeId"/>.</summary>
    public bool HasRestriction(int purposeId, int vendorId, RestrictionType type)
    {
        foreach (var restriction in PublisherRestrictions)
        {
            if (restriction.PurposeId == purposeId && restriction.Type == type && restriction.Vendors.Contains(vendorId))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Decodes <paramref name="text"/>; throws <see cref="FormatException"/> saying what is wrong.</summary>
    public static TcString Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TcStringParser.Parse(text, out var error) ?? throw new FormatException($"Invalid TC string: {error}");
    }

    /// <summary>Decodes <paramref name="text"/>; on failure <paramref name="error"/> says what is wrong (never throws).</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out TcString? value, out string error)
    {
        if (text is null)
        {
            value = null;
            error = "TC string is null";
            return false;
        }

        value = TcStringParser.Parse(text, out var problem);
        error = problem ?? "";
        return value is not null;
    }

    private static DateTimeOffset FromDeciseconds(long deciseconds) => DateTimeOffset.UnixEpoch.AddTicks(deciseconds * TimeSpan.TicksPerMillisecond * 100);
}
