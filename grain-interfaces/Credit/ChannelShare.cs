namespace Okube.Actors.Credit;

/// <summary>A campaign's share of one conversion through one channel; one weight per model.</summary>
[GenerateSerializer, Immutable]
public sealed record ChannelShare([property: Id(0)] string Channel, [property: Id(1)] double[] Weights);
