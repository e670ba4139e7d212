using Okube.Actors.Grains.Persistence;

namespace Okube.Actors.Grains.Tenants;

/// <summary>A tenant's campaign catalogue and processed-event counter.</summary>
public sealed class TenantGrain : Grain, ITenantGrain
{
    private readonly IPersistentState<TenantState> state;
    private readonly StateWriter writer;

    public TenantGrain(
        [PersistentState("tenant", StorageNames.Grains)] IPersistentState<TenantState> state,
        IOptions<OkubeOptions> options)
    {
        this.state = state;
        writer = new StateWriter(this, state.WriteStateAsync, options.Value);
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) =>
        writer.FlushAsync();

    public Task RegisterCampaignAsync(string campaignId) =>
        state.State.Campaigns.Add(campaignId) ? writer.ChangedAsync() : Task.CompletedTask;

    public Task<string[]> GetCampaignsAsync() =>
        Task.FromResult(state.State.Campaigns.Order(StringComparer.Ordinal).ToArray());

    public Task AddProcessedAsync(long count)
    {
        state.State.Processed += count;
        return writer.ChangedAsync();
    }

    public Task<long> GetProcessedAsync() => Task.FromResult(state.State.Processed);

    public Task RecordConsentAsync(long used, long dropped)
    {
        state.State.TouchpointsUsed += used;
        state.State.TouchpointsDropped += dropped;
        state.State.Processed += dropped;
        return writer.ChangedAsync();
    }

    public Task<ConsentTally> GetConsentAsync() =>
        Task.FromResult(new ConsentTally(state.State.TouchpointsUsed, state.State.TouchpointsDropped));
}
