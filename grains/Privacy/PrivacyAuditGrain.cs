using Okube.Actors.Grains.Persistence;
using Okube.Actors.Privacy;

namespace Okube.Actors.Grains.Privacy;

/// <summary>A tenant's audit log of data-subject requests; every entry is written through.</summary>
public sealed class PrivacyAuditGrain(
    [PersistentState("privacy-audit", StorageNames.Grains)] IPersistentState<PrivacyAuditState> state)
    : Grain, IPrivacyAuditGrain
{
    public async Task AppendAsync(AuditEntry entry)
    {
        state.State.Entries.Add(entry);
        // An audit entry must never be lost to write-behind.
        await state.WriteStateAsync();
    }

    public Task<AuditEntry[]> GetEntriesAsync(int limit) =>
        Task.FromResult(state.State.Entries.AsEnumerable().Reverse().Take(Math.Max(0, limit)).ToArray());
}

[GenerateSerializer]
public sealed class PrivacyAuditState
{
    [Id(0)] public List<AuditEntry> Entries { get; set; } = [];
}
