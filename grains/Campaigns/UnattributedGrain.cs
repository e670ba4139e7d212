using Okube.Actors.Attribution;
using Okube.Actors.Attribution.Aggregates;
using Okube.Actors.Credit;
using Okube.Actors.Grains.Persistence;

namespace Okube.Actors.Grains.Campaigns;

/// <summary>A tenant's conversions whose path holds no touch.</summary>
public sealed class UnattributedGrain : Grain, IUnattributedGrain
{
    private readonly IPersistentState<CampaignState> state;
    private readonly StateWriter writer;
    private CreditBook book = new();

    public UnattributedGrain(
        [PersistentState("unattributed", StorageNames.Grains)] IPersistentState<CampaignState> state,
        IOptions<OkubeOptions> options)
    {
        this.state = state;
        writer = new StateWriter(this, WriteStateAsync, options.Value);
    }

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        book = CreditBookState.Restore(state.State.Credits, state.State.Retracted);
        state.State = new CampaignState();
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) =>
        writer.FlushAsync();

    public async Task ApplyAsync(Immutable<CreditBatch> batch)
    {
        if (CreditBookState.Apply(book, batch.Value.Credits))
        {
            await writer.ChangedAsync();
        }
    }

    public async Task<int> ErasePersonsAsync(string[] personKeys)
    {
        var removed = book.RemovePersons(personKeys.ToHashSet(StringComparer.Ordinal));
        if (removed > 0)
        {
            await writer.WriteNowAsync();
        }
        return removed;
    }

    public Task<ChannelFigures> GetFiguresAsync(DateOnly? from, DateOnly? to)
    {
        // Every model gives an unattributed conversion wholly to the bucket; any model reads it.
        var total = new Figures();
        foreach (var figures in book.FiguresByChannel(AttributionModel.Linear, new DayRange(from, to)).Values)
        {
            total.Add(figures);
        }
        return Task.FromResult(new ChannelFigures("", total.Conversions, total.Revenue, total.StoreVisits, []));
    }

    private async Task WriteStateAsync()
    {
        state.State = new CampaignState
        {
            Credits = CreditBookState.Credits(book),
            Retracted = CreditBookState.Retracted(book),
        };
        try
        {
            await state.WriteStateAsync();
        }
        finally
        {
            state.State = new CampaignState();
        }
    }
}
