namespace Okube.Actors.Events;

/// <summary>The stream item: every event of one ingest request for one subject.</summary>
[GenerateSerializer, Immutable]
public sealed record SubjectEventBatch(
    [property: Id(0)] SubjectKey Subject,
    [property: Id(1)] SubjectEvent[] Events);
