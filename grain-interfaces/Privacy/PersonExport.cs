namespace Okube.Actors.Privacy;

/// <summary>
/// An access export (contract section 6): everything held about one person, with subjects in
/// pseudonymised form. Credit weights are per model, in the order of <c>AttributionModels</c>
/// (first_touch, last_touch, linear, position_based, time_decay).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record PersonExport(
    [property: Id(0)] string Person,
    [property: Id(1)] ExportedSubject[] Subjects,
    [property: Id(2)] ExportedTouchpoint[] Touchpoints,
    [property: Id(3)] ExportedConversion[] Conversions,
    [property: Id(4)] ExportedLink[] Links);

[GenerateSerializer, Immutable]
public sealed record ExportedSubject([property: Id(0)] string Kind, [property: Id(1)] string Id);

[GenerateSerializer, Immutable]
public sealed record ExportedTouchpoint(
    [property: Id(0)] string Id,
    [property: Id(1)] DateTime OccurredAt,
    [property: Id(2)] string Campaign,
    [property: Id(3)] string Channel,
    [property: Id(4)] string Interaction,
    [property: Id(5)] double? Cost);

[GenerateSerializer, Immutable]
public sealed record ExportedConversion(
    [property: Id(0)] string Id,
    [property: Id(1)] string Type,
    [property: Id(2)] DateTime OccurredAt,
    [property: Id(3)] double Value,
    [property: Id(4)] string? Store,
    [property: Id(5)] ExportedCredit[] Credit);

/// <summary>What a conversion gives one campaign's channel (campaign null: unattributed).</summary>
[GenerateSerializer, Immutable]
public sealed record ExportedCredit(
    [property: Id(0)] string? Campaign,
    [property: Id(1)] string Channel,
    [property: Id(2)] double[] Weights);

[GenerateSerializer, Immutable]
public sealed record ExportedLink(
    [property: Id(0)] string Id,
    [property: Id(1)] DateTime OccurredAt,
    [property: Id(2)] string Source,
    [property: Id(3)] ExportedSubject[] Subjects);

/// <summary>What an erasure removed; <see cref="Subjects"/> are grain keys, for the caller to suppress.</summary>
[GenerateSerializer, Immutable]
public sealed record ErasureOutcome(
    [property: Id(0)] string[] Subjects,
    [property: Id(1)] int Touchpoints,
    [property: Id(2)] int Conversions);
