using Okube.Actors.Attribution.Ledger;
using Okube.Actors.Credit;
using Okube.Actors.Events;
using Okube.Actors.Grains.Dispatch;
using Okube.Actors.Grains.Persistence;
using Okube.Actors.Grains.Tenants;

namespace Okube.Actors.Grains.Identities;

/// <summary>
/// A person: a thin shell around <see cref="PersonLedger"/> that persists its events and
/// hands the ledger's credit changes to the silo's <see cref="CreditDispatcher"/>.
/// </summary>
public sealed class IdentityGrain : Grain, IIdentityGrain
{
    private readonly IPersistentState<IdentityState> state;
    private readonly CreditDispatcher dispatcher;
    private readonly TenantSettings settings;
    private readonly StateWriter writer;
    private readonly HashSet<string> otherEventIds = new(StringComparer.Ordinal);
    private string tenant = "";
    private PersonLedger ledger = null!;

    public IdentityGrain(
        [PersistentState("identity", StorageNames.Grains)] IPersistentState<IdentityState> state,
        CreditDispatcher dispatcher,
        TenantSettings settings)
    {
        this.state = state;
        this.dispatcher = dispatcher;
        this.settings = settings;
        writer = new StateWriter(this, WriteStateAsync, settings.Options);
    }

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        (tenant, var personKey) = GrainKeys.Split(this.GetPrimaryKeyString());
        var stored = state.State;
        ledger = PersonLedger.Restore(
            personKey,
            settings.AttributionFor(tenant),
            stored.Touchpoints.Select(LedgerMapping.ToTouchpoint),
            stored.Conversions.Select(LedgerMapping.ToConversion));
        otherEventIds.UnionWith(stored.OtherEventIds);
        // The ledger now holds everything; the state object is rebuilt only to be written.
        state.State = new IdentityState();
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) =>
        writer.FlushAsync();

    public async Task ApplyAsync(Immutable<SubjectEventBatch> batch)
    {
        var fresh = 0;
        foreach (var e in batch.Value.Events)
        {
            var added = e.Kind switch
            {
                EventKind.Touchpoint => ledger.AddTouchpoint(LedgerMapping.ToTouchpoint(e)),
                EventKind.Transaction or EventKind.StoreVisit => ledger.AddConversion(LedgerMapping.ToConversion(e)),
                _ => !ledger.Contains(e.Id) && otherEventIds.Add(e.Id),
            };
            if (added)
            {
                fresh++;
            }
        }
        if (fresh == 0)
        {
            return;
        }

        var changes = ledger.Settle();
        try
        {
            await dispatcher.DispatchAsync(tenant, ToCredits(changes), ToCosts(changes), fresh);
        }
        catch
        {
            // The ledger ran ahead of what the aggregates hold: start again from stored state,
            // and let the stream redeliver the batch.
            DeactivateOnIdle();
            throw;
        }
        await writer.ChangedAsync();
    }

    public Task<IdentitySummary> GetSummaryAsync() =>
        Task.FromResult(new IdentitySummary(ledger.Touchpoints.Count, ledger.Conversions.Count()));

    private static List<(string?, CreditUpdate)> ToCredits(LedgerChanges changes) =>
        changes.Credits.Select(c => (c.Campaign, LedgerMapping.ToUpdate(c))).ToList();

    private static List<(string, TouchCost)> ToCosts(LedgerChanges changes) =>
        changes.Costs.Select(c => (c.Campaign, LedgerMapping.ToTouchCost(c))).ToList();

    private Task WriteStateAsync()
    {
        state.State = new IdentityState
        {
            Touchpoints = ledger.Touchpoints.Select(LedgerMapping.ToStored).ToList(),
            Conversions = ledger.Conversions.Select(c => LedgerMapping.ToStored(c.Conversion, c.Version)).ToList(),
            OtherEventIds = [.. otherEventIds],
        };
        var write = state.WriteStateAsync();
        return ClearAfter(write);
    }

    private async Task ClearAfter(Task write)
    {
        await write;
        state.State = new IdentityState();
    }
}
