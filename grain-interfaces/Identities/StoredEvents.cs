using Okube.Actors.Credit;
using Okube.Actors.Events;

namespace Okube.Actors.Identities;

/// <summary>A touchpoint as an identity stores and transfers it.</summary>
[GenerateSerializer, Immutable]
public sealed record StoredTouchpoint(
    [property: Id(0)] string EventId,
    [property: Id(1)] DateTime OccurredAt,
    [property: Id(2)] string Campaign,
    [property: Id(3)] string Channel,
    [property: Id(4)] InteractionKind Interaction,
    [property: Id(5)] double? Cost);

/// <summary>
/// A conversion, the version of the credit it last gave, and the campaigns (null: the
/// unattributed bucket) a failed delivery of that credit may have missed.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record StoredConversion(
    [property: Id(0)] string EventId,
    [property: Id(1)] DateTime OccurredAt,
    [property: Id(2)] ConversionType Type,
    [property: Id(3)] double Value,
    [property: Id(4)] string? Store,
    [property: Id(5)] long Version,
    [property: Id(6)] string?[]? Undelivered = null);
