namespace Okube.Actors.Grains;

/// <summary>A tenant's catalogue of campaigns and its pipeline progress (key: tenant).</summary>
public interface ITenantGrain : IGrainWithStringKey
{
    Task RegisterCampaignAsync(string campaignId);

    Task<string[]> GetCampaignsAsync();

    /// <summary>Adds events whose effects the aggregates now show.</summary>
    Task AddProcessedAsync(long count);

    Task<long> GetProcessedAsync();
}
