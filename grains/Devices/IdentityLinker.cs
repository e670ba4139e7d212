using Okube.Actors.Events;
using Okube.Actors.Grains.Tenants;
using Okube.Actors.Grains.Telemetry;

namespace Okube.Actors.Grains.Devices;

/// <summary>
/// Carries out one identity link: finds the live person of each linked subject, refuses
/// the link when the merged person would have too many subjects, and otherwise merges every
/// other person into the one whose key orders first. Choosing the smallest key makes
/// concurrent links agree on the survivor, and makes every call go from a larger key to a
/// smaller one, so merges cannot wait on each other in a cycle.
/// </summary>
public sealed partial class IdentityLinker(IGrainFactory grains, TenantSettings settings, ILogger<IdentityLinker> logger)
{
    /// <param name="self">The subject whose stream carried the link.</param>
    /// <param name="ownPersonKey">The person <paramref name="self"/> points to now.</param>
    public async Task LinkAsync(SubjectKey self, string ownPersonKey, IReadOnlyList<SubjectKey> linked, string linkEventId)
    {
        var tenant = self.Tenant;
        // Suppressed subjects (objection, erasure) and erased persons are left out of every link.
        var statuses = await Task.WhenAll(linked.Where(s => s != self).Select(s => grains.GetGrain<IDeviceGrain>(s.GrainKey).GetStatusAsync()));
        var persons = statuses.Where(s => s.Suppression == Suppression.None).Select(s => s.PersonKey);
        var roots = await Task.WhenAll(persons.Append(ownPersonKey).Distinct(StringComparer.Ordinal)
            .Select(p => grains.GetGrain<IIdentityGrain>(GrainKeys.Identity(tenant, p)).ResolveAsync()));
        var distinct = roots.Where(r => !r.Erased).DistinctBy(r => r.PersonKey, StringComparer.Ordinal)
            .OrderBy(r => r.PersonKey, StringComparer.Ordinal)
            .ToList();
        if (distinct.Count < 2)
        {
            return;
        }

        var cap = settings.Options.Tenants.GetValueOrDefault(tenant)?.MaxSubjectsPerPerson ?? new TenantOptions().MaxSubjectsPerPerson;
        var total = distinct.Sum(r => r.Subjects);
        if (total > cap)
        {
            GraphMetrics.LinksRefused.Add(1, new KeyValuePair<string, object?>("reason", "max_subjects"));
            LogRefused(linkEventId, tenant, total, cap);
            return;
        }

        // Largest first: each merge goes down the order, never into a person about to leave.
        for (var i = distinct.Count - 1; i >= 1; i--)
        {
            await grains.GetGrain<IIdentityGrain>(GrainKeys.Identity(tenant, distinct[i].PersonKey))
                .MergeIntoAsync(distinct[0].PersonKey);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Identity link {LinkEventId} of tenant {Tenant} refused: the person would have {Subjects} subjects, over the cap of {Cap}")]
    private partial void LogRefused(string linkEventId, string tenant, int subjects, int cap);
}
