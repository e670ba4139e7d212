namespace Okube.Actors.Attribution.Ledger;

/// <summary>
/// A touch's reported cost, counted toward its campaign's spend on that UTC day, or, when
/// <see cref="Retracted"/>, taken back out of it (the person was erased).
/// </summary>
public sealed record CostLine(string Campaign, string Channel, string TouchpointId, DateOnly Day, double Cost, bool Retracted = false);
