using Okube.Actors.Events;

namespace Okube.Actors.Grains;

/// <summary>
/// Removes a person's credit from every credit book of a tenant by person key, for erasure and
/// retention. A person credited under every key it ever had (its own and those of the persons
/// merged into it, each one a subject's own key), so this also reaches the credit of
/// conversions its ledger no longer holds (pruned as final).
/// </summary>
public static class PersonCreditErasure
{
    /// <summary>Every key a person with these subjects (grain keys) may have credited under.</summary>
    public static string[] PersonKeysOf(IEnumerable<string> subjectGrainKeys, string personKey) =>
        subjectGrainKeys.Select(s => SubjectKey.ParseGrainKey(s).OwnPersonKey).Append(personKey)
            .Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>Asks every campaign of the tenant's catalogue, and the unattributed bucket, to drop that credit.</summary>
    public static async Task EraseAsync(IGrainFactory grains, string tenant, string[] personKeys)
    {
        var campaigns = await grains.GetGrain<ITenantGrain>(tenant).GetCampaignsAsync();
        await Task.WhenAll(campaigns
            .Select(c => grains.GetGrain<ICampaignGrain>(GrainKeys.Campaign(tenant, c)).ErasePersonsAsync(personKeys))
            .Append(grains.GetGrain<IUnattributedGrain>(tenant).ErasePersonsAsync(personKeys)));
    }
}
