namespace Okube.Actors.Privacy;

/// <summary>
/// A tenant's log of data-subject requests (key: tenant): who asked, when, for what, and the
/// outcome. It names subjects only by pseudonym and requesters only by key fingerprint.
/// </summary>
public interface IPrivacyAuditGrain : IGrainWithStringKey
{
    Task AppendAsync(AuditEntry entry);

    /// <summary>The newest entries first, at most <paramref name="limit"/>.</summary>
    Task<AuditEntry[]> GetEntriesAsync(int limit);
}

/// <param name="Actor">"key:" and the first 12 hex digits of the SHA-256 of the API key used.</param>
/// <param name="Action">access, erasure or objection.</param>
/// <param name="Subject">The subject asked about, as "kind/pseudonym" (never the raw id).</param>
/// <param name="Outcome">found, not_found, erased, objected or failed.</param>
[GenerateSerializer, Immutable]
public sealed record AuditEntry(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string Actor,
    [property: Id(2)] string Action,
    [property: Id(3)] string Subject,
    [property: Id(4)] string Outcome,
    [property: Id(5)] int Subjects = 0);
