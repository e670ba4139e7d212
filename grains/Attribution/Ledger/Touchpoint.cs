namespace Okube.Actors.Attribution.Ledger;

public enum Interaction
{
    Impression = 0,
    Click = 1,
    Visit = 2,
}

/// <summary>One marketing touch on one of the person's subjects. Times are UTC.</summary>
public sealed record Touchpoint(
    string EventId,
    DateTime OccurredAt,
    string Campaign,
    string Channel,
    Interaction Interaction,
    double? Cost);
