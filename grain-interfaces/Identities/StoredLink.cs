namespace Okube.Actors.Identities;

/// <summary>An identity link the person was joined by, kept with its source (form, crm, ...).</summary>
[GenerateSerializer, Immutable]
public sealed record StoredLink(
    [property: Id(0)] string EventId,
    [property: Id(1)] DateTime OccurredAt,
    [property: Id(2)] string Source,
    [property: Id(3)] string[] Subjects);
