namespace Okube.Actors.Gateway.Privacy.Tcf;

/// <summary>The 2-bit RestrictionType of a publisher restriction (3 is undefined and rejected).</summary>
public enum RestrictionType
{
    /// <summary>The purpose is flatly not allowed by the publisher, whatever the vendor declares.</summary>
    NotAllowed = 0,

    /// <summary>A flexible vendor must use consent, not legitimate interest, for the purpose.</summary>
    RequireConsent = 1,

    /// <summary>A flexible vendor must use legitimate interest, not consent, for the purpose.</summary>
    RequireLegitimateInterest = 2,
}
