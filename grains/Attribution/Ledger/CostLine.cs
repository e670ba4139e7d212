namespace Okube.Actors.Attribution.Ledger;

/// <summary>A touch's reported cost, counted toward its campaign's spend on that UTC day.</summary>
public sealed record CostLine(string Campaign, string Channel, string TouchpointId, DateOnly Day, double Cost);
