namespace Okube.Actors.Gateway.Privacy.Tcf;

/// <summary>
/// Decides whether a TC string allows measurement: every required purpose (default 1 and 7)
/// has the user's consent, the vendor (when one is set) has the user's consent, and no publisher
/// restriction takes a required purpose away from that vendor.
/// </summary>
/// <remarks>
/// <para>First the string must be valid under the current TCF policy, otherwise the outcome is
/// <see cref="ConsentOutcome.Invalid"/> (the same as a malformed string, so the caller can reject it
/// rather than silently drop it):</para>
/// <list type="bullet">
/// <item>Version 1 strings do not parse (invalid since 2020-09-30).</item>
/// <item><c>IsServiceSpecific</c> must be 1: global-scope strings are invalid since 2021-09-01 and the
/// TCF 2.2 spec says a vendor must treat <c>IsServiceSpecific=0</c> as invalid.</item>
/// <item><c>TcfPolicyVersion</c> below 4 is invalid for a string created or last updated on or after
/// 2023-10-01 (TCF 2.2: "Post 30 September 2023 a TC String created with a policy version set to
/// smaller than 4 will be deemed invalid"; policy-3 strings created until 30 September 2023 stay
/// usable). The later of Created and LastUpdated counts, so a CMP still writing an old policy after
/// the deadline is caught. Older strings are not aged out here: re-asking every 13 months is the
/// CMP's duty and events may be replayed long after they happened.</item>
/// </list>
/// <para>Then the grant decision, which uses consent signals only (legitimate interest never grants):</para>
/// <list type="bullet">
/// <item>Each required purpose needs its <c>PurposesConsent</c> bit. With <c>PurposeOneTreatment=1</c>
/// purpose 1 was not disclosed; a required purpose 1 then still needs its consent bit (the reason says so).</item>
/// <item>The vendor, when set, needs its <c>VendorConsents</c> bit.</item>
/// <item>A publisher restriction of type 0 (not allowed) on a required purpose for the vendor refuses.
/// So does type 2 (require legitimate interest): the publisher then allows that vendor only the
/// legitimate-interest basis for the purpose, and this policy grants on consent only. Type 1 (require
/// consent) is what this policy checks anyway. Without a vendor, restrictions (always per vendor) do not apply.</item>
/// </list>
/// </remarks>
public sealed class ConsentPolicy
{
    /// <summary>Strings created or updated from this instant on need <see cref="MinimumPolicyVersion"/>.</summary>
    public static readonly DateTimeOffset PolicyVersion4Deadline = new(2023, 10, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>TCF 2.2's policy version.</summary>
    public const int MinimumPolicyVersion = 4;

    /// <summary>Storage/access (1) and measure advertising performance (7).</summary>
    public static IReadOnlyList<int> DefaultRequiredPurposes { get; } = [1, 7];

    public ConsentPolicy(IEnumerable<int>? requiredPurposes = null, int? vendorId = null)
    {
        var purposes = (requiredPurposes ?? DefaultRequiredPurposes).Distinct().Order().ToArray();
        foreach (var purpose in purposes)
        {
            if (purpose is < 1 or > 24)
            {
                throw new ArgumentOutOfRangeException(nameof(requiredPurposes), purpose, "TCF purposes are 1 to 24");
            }
        }

        if (vendorId is < 1 or > 65535)
        {
            throw new ArgumentOutOfRangeException(nameof(vendorId), vendorId, "TCF vendor ids are 1 to 65535");
        }

        RequiredPurposes = purposes;
        VendorId = vendorId;
    }

    /// <summary>Ascending, distinct.</summary>
    public IReadOnlyList<int> RequiredPurposes { get; }

    public int? VendorId { get; }

    /// <summary>Parses <paramref name="text"/> and decides; a malformed string is <see cref="ConsentOutcome.Invalid"/> with the parse error.</summary>
    public ConsentDecision Evaluate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TcString.TryParse(text, out var tc, out var error)
            ? Evaluate(tc)
            : ConsentDecision.Invalid($"invalid TC string: {error}");
    }

    public ConsentDecision Evaluate(TcString tc)
    {
        ArgumentNullException.ThrowIfNull(tc);
        var invalid = PolicyViolation(tc);
        if (invalid is not null)
        {
            return ConsentDecision.Invalid(invalid);
        }

        foreach (var purpose in RequiredPurposes)
        {
            if (!tc.HasPurposeConsent(purpose))
            {
                return ConsentDecision.Refused($"purpose_{purpose}", purpose == 1 && tc.PurposeOneTreatment
                    ? "purpose 1 not consented (PurposeOneTreatment: purpose 1 was not disclosed)"
                    : $"purpose {purpose} not consented");
            }
        }

        if (VendorId is not { } vendor)
        {
            return ConsentDecision.Granted;
        }

        if (!tc.HasVendorConsent(vendor))
        {
            return ConsentDecision.Refused("vendor", $"vendor {vendor} not consented");
        }

        foreach (var purpose in RequiredPurposes)
        {
            if (tc.HasRestriction(purpose, vendor, RestrictionType.NotAllowed))
            {
                return ConsentDecision.Refused("publisher_restriction", $"publisher restricts purpose {purpose} for vendor {vendor}");
            }

            if (tc.HasRestriction(purpose, vendor, RestrictionType.RequireLegitimateInterest))
            {
                return ConsentDecision.Refused("publisher_restriction",
                    $"publisher requires legitimate interest, not consent, for purpose {purpose} for vendor {vendor}");
            }
        }

        return ConsentDecision.Granted;
    }

    /// <summary>Why <paramref name="tc"/> is invalid under the current TCF policy, or null when it is valid.</summary>
    public static string? PolicyViolation(TcString tc)
    {
        ArgumentNullException.ThrowIfNull(tc);
        if (!tc.IsServiceSpecific)
        {
            return "IsServiceSpecific is 0: global-scope TC strings are invalid since 2021-09-01 (TCF 2.2)";
        }

        var latest = tc.Created > tc.LastUpdated ? tc.Created : tc.LastUpdated;
        if (tc.TcfPolicyVersion < MinimumPolicyVersion && latest >= PolicyVersion4Deadline)
        {
            return $"tcfPolicyVersion {tc.TcfPolicyVersion} is below {MinimumPolicyVersion} in a string from " +
                   $"{latest:yyyy-MM-dd}: invalid after 2023-09-30 (TCF 2.2)";
        }

        return null;
    }
}
