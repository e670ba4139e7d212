namespace Okube.Actors.Identities;

/// <summary>Everything a person hands over when merged into another.</summary>
[GenerateSerializer, Immutable]
public sealed record IdentityTransfer(
    [property: Id(0)] string PersonKey,
    [property: Id(1)] StoredTouchpoint[] Touchpoints,
    [property: Id(2)] StoredConversion[] Conversions,
    [property: Id(3)] string[] Subjects,
    [property: Id(4)] StoredLink[] Links,
    [property: Id(5)] string[] OtherEventIds,
    /// <summary>Events applied but not yet counted as processed (their delivery had failed).</summary>
    [property: Id(6)] int UnsentProcessed = 0,
    /// <summary>Touch costs whose delivery had failed.</summary>
    [property: Id(7)] CampaignTouchCost[]? UnsentCosts = null);

/// <summary>A touch cost and the campaign it counts toward.</summary>
[GenerateSerializer, Immutable]
public sealed record CampaignTouchCost([property: Id(0)] string Campaign, [property: Id(1)] Okube.Actors.Credit.TouchCost Cost);
