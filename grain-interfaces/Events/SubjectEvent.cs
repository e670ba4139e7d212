namespace Okube.Actors.Events;

/// <summary>
/// One validated, pseudonymised event as it travels on a subject's stream. Flat rather
/// than a class hierarchy: small, cheap to copy, and one serializer for every type.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record SubjectEvent
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required EventKind Kind { get; init; }
    /// <summary>UTC.</summary>
    [Id(2)] public required DateTime OccurredAt { get; init; }

    // touchpoint
    [Id(3)] public string? Channel { get; init; }
    [Id(4)] public InteractionKind Interaction { get; init; }
    [Id(5)] public string? Campaign { get; init; }
    [Id(6)] public double? Cost { get; init; }

    // transaction and store_visit
    [Id(7)] public double Amount { get; init; }
    [Id(8)] public string? Currency { get; init; }
    [Id(9)] public string? OrderId { get; init; }
    [Id(10)] public string? Store { get; init; }
    [Id(11)] public double? DwellSeconds { get; init; }

    // identity_link
    [Id(12)] public SubjectKey[]? LinkedSubjects { get; init; }
    [Id(13)] public string? LinkSource { get; init; }

    /// <summary>When the gateway accepted it (UTC), for end-to-end lag.</summary>
    [Id(14)] public DateTime AcceptedAt { get; init; }
}
