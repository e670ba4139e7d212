using Okube.Actors.Events;

namespace Okube.Actors.Gateway.Ingest;

/// <summary>A valid event and the subject whose stream carries it.</summary>
public sealed record ParsedEvent(SubjectKey Target, SubjectEvent Event);

/// <summary>An event of the batch that was not accepted, and why (contract section 3).</summary>
public sealed record RejectedEvent(int Index, string Error);
