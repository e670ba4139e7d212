namespace Okube.Actors.Gateway.Ingest;

/// <summary>The 202 body of POST /v1/events.</summary>
public sealed record IngestResult(int Accepted, int Duplicates, IReadOnlyList<RejectedEvent> Rejected);
