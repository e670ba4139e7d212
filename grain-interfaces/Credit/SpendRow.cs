namespace Okube.Actors.Credit;

[GenerateSerializer, Immutable]
public sealed record SpendRow([property: Id(0)] DateOnly Date, [property: Id(1)] double Amount);

[GenerateSerializer, Immutable]
public sealed record CampaignMetadata([property: Id(0)] string? Name, [property: Id(1)] string? Channel);
