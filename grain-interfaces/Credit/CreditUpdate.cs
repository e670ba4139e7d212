namespace Okube.Actors.Credit;

/// <summary>
/// Replaces what conversion <see cref="ConversionId"/> gives one campaign, when newer than
/// what it holds (<see cref="Version"/>). No shares: a retraction. <see cref="Store"/>: the
/// conversion's store (null: online; also in state written before it existed).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record CreditUpdate(
    [property: Id(0)] string ConversionId,
    [property: Id(1)] long Version,
    [property: Id(2)] string PersonKey,
    [property: Id(3)] DateOnly Day,
    [property: Id(4)] ConversionType Type,
    [property: Id(5)] double Value,
    [property: Id(6)] ChannelShare[] Shares,
    [property: Id(7)] string? Store = null);
