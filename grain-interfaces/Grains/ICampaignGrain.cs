using Okube.Actors.Credit;

namespace Okube.Actors.Grains;

/// <summary>
/// One campaign of one tenant (key: "tenant/campaignId"): its metadata, daily spend and the
/// credit conversions give it.
/// </summary>
public interface ICampaignGrain : IGrainWithStringKey
{
    Task ApplyAsync(Immutable<CreditBatch> batch);

    Task SetMetadataAsync(CampaignMetadata metadata);

    /// <summary>Drops every credit given under these person keys (an erasure); returns how many went.</summary>
    Task<int> ErasePersonsAsync(string[] personKeys);

    /// <summary>Records daily spend; a row for a date already given replaces it.</summary>
    Task SetSpendAsync(SpendRow[] rows);

    /// <param name="model">The model's wire name (first_touch, ...).</param>
    Task<CampaignFigures> GetFiguresAsync(string model, DateOnly? from, DateOnly? to);

    /// <summary>The campaign's figures for one model by day (with spend) or by store, over days in range.</summary>
    Task<RowFigures[]> GetBreakdownAsync(string model, Breakdown by, DateOnly? from, DateOnly? to);

    /// <summary>Metadata, spend and figures under every model, and what the campaign took part in.</summary>
    Task<CampaignComparison> GetComparisonAsync(DateOnly? from, DateOnly? to);
}
