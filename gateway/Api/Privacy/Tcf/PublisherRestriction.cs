namespace Okube.Actors.Gateway.Privacy.Tcf;

/// <summary>One PubRestrictionEntry of the core segment: a purpose, a restriction type and the vendors it applies to.</summary>
public sealed class PublisherRestriction(int purposeId, RestrictionType type, VendorSet vendors)
{
    /// <summary>1 to 63 (6 bits; 0 is rejected).</summary>
    public int PurposeId { get; } = purposeId;

    public RestrictionType Type { get; } = type;

    /// <summary>The vendors the restriction applies to (range-encoded; MaxVendorId is the highest id).</summary>
    public VendorSet Vendors { get; } = vendors;

    public override string ToString() => $"purpose {PurposeId} {Type} for {Vendors}";
}
