using Okube.Actors.Events;

namespace Okube.Actors.Grains;

/// <summary>
/// One person (key: "tenant/personKey"): holds their touchpoints and conversions within the
/// attribution horizon and sends credit changes to campaign grains.
/// </summary>
public interface IIdentityGrain : IGrainWithStringKey
{
    /// <summary>Applies a subject's events; duplicates (by event id) change nothing.</summary>
    Task ApplyAsync(Immutable<SubjectEventBatch> batch);

    /// <summary>Counts of what this person holds, for tests and operations.</summary>
    Task<IdentitySummary> GetSummaryAsync();
}

[GenerateSerializer, Immutable]
public sealed record IdentitySummary(
    [property: Id(0)] int Touchpoints,
    [property: Id(1)] int Conversions);
