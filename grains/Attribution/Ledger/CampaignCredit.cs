namespace Okube.Actors.Attribution.Ledger;

/// <summary>
/// What one conversion currently gives one campaign (or, with a null campaign, the
/// unattributed bucket). It replaces any earlier credit of that conversion with a lower
/// <see cref="Version"/>: a retraction and a new credit in one idempotent message. No
/// channels means the credit is fully retracted. <see cref="Store"/> is the conversion's
/// store (null: online), for the store breakdown.
/// </summary>
public sealed record CampaignCredit(
    string? Campaign,
    string ConversionId,
    long Version,
    string PersonKey,
    DateOnly Day,
    ConversionKind Kind,
    double Value,
    IReadOnlyList<ChannelWeights> Channels,
    string? Store = null)
{
    public bool IsRetraction => Channels.Count == 0;
}
