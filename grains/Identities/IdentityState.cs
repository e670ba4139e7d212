using Okube.Actors.Credit;
using Okube.Actors.Events;

namespace Okube.Actors.Grains.Identities;

/// <summary>
/// What an identity persists: its events, and each conversion's credit version. Credit
/// shares are derived again on activation rather than stored.
/// </summary>
[GenerateSerializer]
public sealed class IdentityState
{
    [Id(0)] public List<StoredTouchpoint> Touchpoints { get; set; } = [];
    [Id(1)] public List<StoredConversion> Conversions { get; set; } = [];
    /// <summary>Ids of events with no attribution effect (identity links), kept for deduplication.</summary>
    [Id(2)] public List<string> OtherEventIds { get; set; } = [];
}

[GenerateSerializer, Immutable]
public sealed record StoredTouchpoint(
    [property: Id(0)] string EventId,
    [property: Id(1)] DateTime OccurredAt,
    [property: Id(2)] string Campaign,
    [property: Id(3)] string Channel,
    [property: Id(4)] InteractionKind Interaction,
    [property: Id(5)] double? Cost);

[GenerateSerializer, Immutable]
public sealed record StoredConversion(
    [property: Id(0)] string EventId,
    [property: Id(1)] DateTime OccurredAt,
    [property: Id(2)] ConversionType Type,
    [property: Id(3)] double Value,
    [property: Id(4)] string? Store,
    [property: Id(5)] long Version);
