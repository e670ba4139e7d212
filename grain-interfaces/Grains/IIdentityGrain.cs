using Okube.Actors.Events;
using Okube.Actors.Identities;
using Okube.Actors.Privacy;

namespace Okube.Actors.Grains;

/// <summary>
/// One person (key: "tenant/personKey"): holds their touchpoints and conversions within the
/// attribution horizon and sends credit changes to campaign grains. Identity links merge
/// persons: the larger key is absorbed by the smaller (see docs/identity-graph.md).
/// </summary>
public interface IIdentityGrain : IGrainWithStringKey
{
    /// <summary>
    /// Applies a subject's events; duplicates (by event id) change nothing. Returns the
    /// person key that applied them (another one when this person was merged away).
    /// </summary>
    Task<string> ApplyAsync(Immutable<SubjectEventBatch> batch);

    /// <summary>The live person this one is, or was merged into, and its subject count.</summary>
    Task<IdentityRoot> ResolveAsync();

    /// <summary>
    /// Merges this person into <paramref name="targetPersonKey"/> (which must order before
    /// this key); returns the person key that holds the merged state.
    /// </summary>
    Task<string> MergeIntoAsync(string targetPersonKey);

    /// <summary>Takes in a merged person's state; returns the person key that took it.</summary>
    Task<string> AbsorbAsync(Immutable<IdentityTransfer> transfer);

    /// <summary>
    /// Everything held about the person (contract section 6, access), through forward pointers;
    /// null when nothing is held (no event, no link, or erased).
    /// </summary>
    Task<PersonExport?> ExportAsync();

    /// <summary>
    /// Erases the person (contract section 6): retracts every credit and touch cost it gave,
    /// deletes its events from storage and keeps only an erased marker, which drops anything
    /// still on its way. Through forward pointers, then the pointer itself. Idempotent.
    /// Returns the subjects the person had, for the caller to suppress.
    /// </summary>
    Task<ErasureOutcome> EraseAsync();

    /// <summary>Counts of what this person holds, for tests and operations.</summary>
    Task<IdentitySummary> GetSummaryAsync();
}

[GenerateSerializer, Immutable]
public sealed record IdentitySummary(
    [property: Id(0)] int Touchpoints,
    [property: Id(1)] int Conversions,
    [property: Id(2)] int Subjects,
    [property: Id(3)] string? ForwardTo);
