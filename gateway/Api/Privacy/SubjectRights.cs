using Okube.Actors.Events;
using Okube.Actors.Grains;
using Okube.Actors.Privacy;

namespace Okube.Actors.Gateway.Privacy;

/// <summary>
/// Serves data-subject requests (contract section 6) for a subject given as the DPO knows it
/// (raw email or MAC included): finds the person through the subject's device grain, and
/// exports, erases or suppresses them. The subject is looked up under every pseudonymisation
/// key version still configured (after a rotation one person may be known under several).
/// Every request is written to the tenant's audit log under the subject's current pseudonym,
/// never the id given.
/// </summary>
public sealed class SubjectRights(SubjectPseudonymiser pseudonymiser, IClusterClient cluster, TimeProvider clock)
{
    public sealed record Outcome(string Status, int Subjects, int Touchpoints = 0, int Conversions = 0);

    /// <summary>The subject under each key version, current first, or the reason it cannot be pseudonymised.</summary>
    public bool TryResolve(string tenant, string kind, string id, out IReadOnlyList<SubjectKey> subjects, out string error) =>
        pseudonymiser.TryGetCandidatePseudonyms(tenant, kind, id, out subjects, out error);

    public async Task<PersonExport?> ExportAsync(IReadOnlyList<SubjectKey> candidates, string actor)
    {
        PersonExport? export = null;
        foreach (var subject in candidates)
        {
            var status = await Device(subject).GetStatusAsync();
            export = status.Suppression == Suppression.Erased
                ? null
                : await Identity(subject.Tenant, status.PersonKey).ExportAsync();
            if (export is not null)
            {
                break;
            }
        }
        await AuditAsync(candidates[0], actor, "access", export is null ? "not_found" : "found", export?.Subjects.Length ?? 0);
        return export;
    }

    /// <summary>Erases the person under every key version the subject may be known by.</summary>
    public async Task<Outcome> EraseAsync(IReadOnlyList<SubjectKey> candidates, string actor)
    {
        var outcomes = new List<Outcome>();
        foreach (var subject in candidates)
        {
            outcomes.Add(await EraseAsync(subject, actor));
        }
        return new Outcome("erased", outcomes.Sum(o => o.Subjects), outcomes.Sum(o => o.Touchpoints), outcomes.Sum(o => o.Conversions));
    }

    public async Task<Outcome> ObjectAsync(IReadOnlyList<SubjectKey> candidates, string actor)
    {
        var outcomes = new List<Outcome>();
        foreach (var subject in candidates)
        {
            outcomes.Add(await ObjectAsync(subject, actor));
        }
        return new Outcome("objected", outcomes.Sum(o => o.Subjects));
    }

    /// <summary>
    /// Erases the person: their credit and costs leave every aggregate, their events leave
    /// storage, and each of their subjects keeps a suppression record. Safe to repeat.
    /// </summary>
    private async Task<Outcome> EraseAsync(SubjectKey subject, string actor)
    {
        ErasureOutcome erased;
        List<string> subjects;
        try
        {
            var status = await Device(subject).GetStatusAsync();
            erased = await Identity(subject.Tenant, status.PersonKey).EraseAsync();
            subjects = erased.Subjects.Append(subject.GrainKey).Distinct(StringComparer.Ordinal).ToList();
            var keys = PersonCreditErasure.PersonKeysOf(subjects, status.PersonKey);
            await Task.WhenAll(subjects.Select(s => cluster.GetGrain<IDeviceGrain>(s).SuppressAsync(Suppression.Erased)));
            // Persons merged away along the way keep a forward pointer: it goes too.
            await Task.WhenAll(keys.Select(k => Identity(subject.Tenant, k).EraseAsync()));
            await PersonCreditErasure.EraseAsync(cluster, subject.Tenant, keys);
        }
        catch
        {
            await AuditAsync(subject, actor, "erasure", "failed", 0);
            throw;
        }
        await AuditAsync(subject, actor, "erasure", "erased", subjects.Count);
        return new Outcome("erased", subjects.Count, erased.Touchpoints, erased.Conversions);
    }

    /// <summary>An objection: every subject of the person drops its later events; what is held stays.</summary>
    private async Task<Outcome> ObjectAsync(SubjectKey subject, string actor)
    {
        var status = await Device(subject).GetStatusAsync();
        var export = await Identity(subject.Tenant, status.PersonKey).ExportAsync();
        var subjects = (export?.Subjects.Select(s => $"{subject.Tenant}/{s.Kind}/{s.Id}") ?? [])
            .Append(subject.GrainKey).Distinct(StringComparer.Ordinal).ToList();
        await Task.WhenAll(subjects.Select(s => cluster.GetGrain<IDeviceGrain>(s).SuppressAsync(Suppression.Objected)));
        await AuditAsync(subject, actor, "objection", "objected", subjects.Count);
        return new Outcome("objected", subjects.Count);
    }

    public Task<AuditEntry[]> AuditLogAsync(string tenant, int limit) =>
        cluster.GetGrain<IPrivacyAuditGrain>(tenant).GetEntriesAsync(limit);

    private Task AuditAsync(SubjectKey subject, string actor, string action, string outcome, int subjects) =>
        cluster.GetGrain<IPrivacyAuditGrain>(subject.Tenant).AppendAsync(new AuditEntry(
            clock.GetUtcNow(), actor, action, subject.OwnPersonKey, outcome, subjects));

    private IDeviceGrain Device(SubjectKey subject) => cluster.GetGrain<IDeviceGrain>(subject.GrainKey);

    private IIdentityGrain Identity(string tenant, string personKey) =>
        cluster.GetGrain<IIdentityGrain>(GrainKeys.Identity(tenant, personKey));
}
