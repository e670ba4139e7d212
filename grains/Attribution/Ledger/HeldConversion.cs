namespace Okube.Actors.Attribution.Ledger;

/// <summary>
/// A conversion a ledger holds, the version of the credit it last gave, and the campaigns
/// (null: the unattributed bucket) whose delivery of that credit failed and is still owed.
/// </summary>
public readonly record struct HeldConversion(Conversion Conversion, long Version, IReadOnlyList<string?> Undelivered)
{
    public HeldConversion(Conversion conversion, long version) : this(conversion, version, []) { }
}
