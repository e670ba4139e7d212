namespace Okube.Actors.Credit;

/// <summary>The cost a touchpoint reported, counted once toward its campaign's spend of that day.</summary>
[GenerateSerializer, Immutable]
public sealed record TouchCost(
    [property: Id(0)] string TouchpointId,
    [property: Id(1)] DateOnly Day,
    [property: Id(2)] double Cost,
    [property: Id(3)] string Channel,
    /// <summary>True: take this touch's cost back out of the campaign's spend (its person was erased).</summary>
    [property: Id(4)] bool Retracted = false);
