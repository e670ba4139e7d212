using Okube.Actors.Attribution.Ledger;

namespace Okube.Actors.Benchmarks;

/// <summary>One event as the baseline sees it: its subject and either a touch or a conversion (else neither).</summary>
public readonly record struct ClientEvent(string Subject, Touchpoint? Touch, Conversion? Conversion);
