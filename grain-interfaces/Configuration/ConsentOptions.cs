namespace Okube.Actors.Configuration;

/// <summary>
/// How a tenant gates touchpoints on IAB TCF consent (contract section 6). Touchpoints whose
/// TC string does not grant measurement are accepted and counted as processed, never stored
/// or credited.
/// </summary>
public sealed class ConsentOptions
{
    /// <summary>Purposes 1 and 7 (store/access information, measure advertising performance).</summary>
    public static readonly IReadOnlyList<int> DefaultRequiredPurposes = [1, 7];

    /// <summary>The tenant's (or its measurement vendor's) IAB vendor id; unset: vendor consent is not checked.</summary>
    public int? VendorId { get; set; }

    /// <summary>
    /// Purposes that need the user's consent; unset means <see cref="DefaultRequiredPurposes"/>.
    /// (An array left null so that configuration replaces rather than appends to the default.)
    /// </summary>
    public int[]? RequiredPurposes { get; set; }

    /// <summary>When true, a touchpoint without a <c>consent</c> string is not used either.</summary>
    public bool Required { get; set; }

    public IReadOnlyList<int> EffectivePurposes => RequiredPurposes is { Length: > 0 } p ? p : DefaultRequiredPurposes;
}
