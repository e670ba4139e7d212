namespace Okube.Actors.Grains;

/// <summary>A tenant's catalogue of campaigns and its pipeline progress (key: tenant).</summary>
public interface ITenantGrain : IGrainWithStringKey
{
    Task RegisterCampaignAsync(string campaignId);

    Task<string[]> GetCampaignsAsync();

    /// <summary>Adds events whose effects the aggregates now show.</summary>
    Task AddProcessedAsync(long count);

    Task<long> GetProcessedAsync();

    /// <summary>
    /// Counts touchpoints newly accepted by consent outcome. Dropped ones (consent refused)
    /// are processed at once: they have no effect to wait for.
    /// </summary>
    Task RecordConsentAsync(long used, long dropped);

    Task<ConsentTally> GetConsentAsync();
}

/// <summary>Touchpoints accepted so far: used for attribution, and dropped because consent refused it.</summary>
[GenerateSerializer, Immutable]
public sealed record ConsentTally([property: Id(0)] long Used, [property: Id(1)] long Dropped)
{
    /// <summary>Share of accepted touchpoints used; null before any touchpoint.</summary>
    public double? ConsentedShare => Used + Dropped == 0 ? null : (double)Used / (Used + Dropped);
}
