using Okube.Actors.Events;
using Okube.Actors.Gateway.Privacy.Tcf;

namespace Okube.Actors.Gateway.Ingest;

/// <summary>
/// A valid event and the subject whose stream carries it. A touchpoint whose consent does not
/// allow measurement is valid (accepted, counted as processed) but <see cref="IsUsed"/> is false:
/// it is never published, stored or credited.
/// </summary>
public sealed record ParsedEvent(SubjectKey Target, SubjectEvent Event)
{
    public ConsentDecision Consent { get; init; } = ConsentDecision.Granted;

    public bool IsUsed => Consent.IsGranted;

    public bool IsTouchpoint => Event.Kind == EventKind.Touchpoint;
}

/// <summary>An event of the batch that was not accepted, and why (contract section 3).</summary>
public sealed record RejectedEvent(int Index, string Error);
