namespace Okube.Actors.Gateway.Ingest;

/// <summary>
/// One event as sent (contract section 3), for the API description only: the endpoint reads
/// the body itself so that each event is checked on its own. Which fields apply depends on
/// <see cref="Type"/>: touchpoint, transaction, store_visit or identity_link.
/// </summary>
/// <param name="OccurredAt">RFC 3339 with offset.</param>
/// <param name="Consent">An IAB TCF v2 TC string.</param>
/// <param name="Subjects">identity_link: 2 or more subjects.</param>
/// <param name="Source">identity_link: form, checkout, crm, partner or login.</param>
public sealed record EventBody(
    string Id,
    string Type,
    string OccurredAt,
    string? Consent,
    EventSubject? Subject,
    string? Channel,
    string? Interaction,
    string? Campaign,
    double? Cost,
    string? OrderId,
    double? Amount,
    string? Currency,
    string? Store,
    double? DwellSeconds,
    EventSubject[]? Subjects,
    string? Source);

/// <param name="Kind">cookie, device, offline_cookie, email_sha256, crm, or raw email / mac.</param>
public sealed record EventSubject(string Kind, string Id);
