namespace Okube.Actors.Streams.EventHubs;

/// <summary>
/// A partner's event data as its ingest grain receives it: still raw (decoded there, once),
/// with where it was read, for logs.
/// </summary>
/// <param name="Tenant">The "tenant" application property when it is a string; else null.</param>
[GenerateSerializer, Immutable]
public sealed record PartnerEventData(
    [property: Id(0)] string Partition,
    [property: Id(1)] string Offset,
    [property: Id(2)] string? Tenant,
    [property: Id(3)] byte[] Body);
