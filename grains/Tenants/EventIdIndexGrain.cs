using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;
using Okube.Actors.Grains.Persistence;

namespace Okube.Actors.Grains.Tenants;

/// <summary>
/// One shard of a tenant's accepted event ids. Ids are held as 128-bit hashes: two distinct
/// ids colliding is about as likely as a cosmic-ray bit flip, and it keeps 10 million ids
/// in a few hundred megabytes rather than gigabytes.
/// </summary>
public sealed class EventIdIndexGrain : Grain, IEventIdIndexGrain
{
    private readonly IPersistentState<EventIdIndexState> state;
    private readonly StateWriter writer;
    private readonly HashSet<UInt128> ids = [];

    public EventIdIndexGrain(
        [PersistentState("event-ids", StorageNames.Grains)] IPersistentState<EventIdIndexState> state,
        IOptions<OkubeOptions> options)
    {
        this.state = state;
        writer = new StateWriter(this, WriteStateAsync, options.Value);
    }

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var stored = MemoryMarshal.Cast<byte, UInt128>(state.State.Hashes);
        ids.EnsureCapacity(stored.Length);
        foreach (var hash in stored)
        {
            ids.Add(hash);
        }
        state.State = new EventIdIndexState();
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) =>
        writer.FlushAsync();

    public async Task<bool[]> ReserveAsync(string[] eventIds)
    {
        var fresh = new bool[eventIds.Length];
        var any = false;
        for (var i = 0; i < eventIds.Length; i++)
        {
            fresh[i] = ids.Add(Hash(eventIds[i]));
            any |= fresh[i];
        }
        if (any)
        {
            await writer.ChangedAsync();
        }
        return fresh;
    }

    public async Task ReleaseAsync(string[] eventIds)
    {
        foreach (var id in eventIds)
        {
            ids.Remove(Hash(id));
        }
        await writer.ChangedAsync();
    }

    public Task<long> GetCountAsync() => Task.FromResult((long)ids.Count);

    public static UInt128 Hash(string eventId) => XxHash128.HashToUInt128(Encoding.UTF8.GetBytes(eventId));

    private async Task WriteStateAsync()
    {
        var hashes = new UInt128[ids.Count];
        ids.CopyTo(hashes);
        state.State = new EventIdIndexState { Hashes = MemoryMarshal.AsBytes(hashes.AsSpan()).ToArray() };
        try
        {
            await state.WriteStateAsync();
        }
        finally
        {
            state.State = new EventIdIndexState();
        }
    }
}
