namespace Okube.Actors.Identities;

/// <summary>Everything a person hands over when merged into another.</summary>
[GenerateSerializer, Immutable]
public sealed record IdentityTransfer(
    [property: Id(0)] string PersonKey,
    [property: Id(1)] StoredTouchpoint[] Touchpoints,
    [property: Id(2)] StoredConversion[] Conversions,
    [property: Id(3)] string[] Subjects,
    [property: Id(4)] StoredLink[] Links,
    [property: Id(5)] string[] OtherEventIds);
