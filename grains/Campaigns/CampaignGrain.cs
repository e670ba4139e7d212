using Okube.Actors.Attribution;
using Okube.Actors.Attribution.Aggregates;
using Okube.Actors.Attribution.Models;
using Okube.Actors.Credit;
using Okube.Actors.Grains.Persistence;

namespace Okube.Actors.Grains.Campaigns;

/// <summary>A campaign: its metadata, its spend, and the credit conversions give it.</summary>
public sealed class CampaignGrain : Grain, ICampaignGrain
{
    private readonly IPersistentState<CampaignState> state;
    private readonly StateWriter writer;
    private readonly SpendLedger spend = new();
    private CreditBook book = new();
    private string tenant = "";
    private string campaignId = "";

    public CampaignGrain(
        [PersistentState("campaign", StorageNames.Grains)] IPersistentState<CampaignState> state,
        IOptions<OkubeOptions> options)
    {
        this.state = state;
        writer = new StateWriter(this, WriteStateAsync, options.Value);
    }

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        (tenant, campaignId) = GrainKeys.Split(this.GetPrimaryKeyString());
        var s = state.State;
        book = CreditBookState.Restore(s.Credits, s.Retracted);
        foreach (var (day, amount) in s.DeclaredSpend)
        {
            spend.Declare(day, amount);
        }
        spend.RestoreTouchCosts(s.TouchCosts, s.CostedTouches, s.RetractedTouches);
        ClearBulkState();
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) =>
        writer.FlushAsync();

    public async Task ApplyAsync(Immutable<CreditBatch> batch)
    {
        var changed = CreditBookState.Apply(book, batch.Value.Credits);
        foreach (var cost in batch.Value.Costs)
        {
            if (spend.Apply(new(campaignId, cost.Channel, cost.TouchpointId, cost.Day, cost.Cost, cost.Retracted)))
            {
                if (!cost.Retracted && (state.State.ObservedChannelTouch is null ||
                    string.CompareOrdinal(cost.TouchpointId, state.State.ObservedChannelTouch) < 0))
                {
                    state.State.ObservedChannel = cost.Channel;
                    state.State.ObservedChannelTouch = cost.TouchpointId;
                }
                changed = true;
            }
        }
        if (changed)
        {
            await RegisterAsync();
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

    public async Task SetMetadataAsync(CampaignMetadata metadata)
    {
        state.State.Name = metadata.Name;
        state.State.DeclaredChannel = metadata.Channel;
        await RegisterAsync();
        await writer.ChangedAsync();
    }

    public async Task SetSpendAsync(SpendRow[] rows)
    {
        foreach (var row in rows)
        {
            spend.Declare(row.Date, row.Amount);
        }
        await RegisterAsync();
        await writer.ChangedAsync();
    }

    public Task<CampaignFigures> GetFiguresAsync(string model, DateOnly? from, DateOnly? to)
    {
        var kind = FigureRows.ParseModel(model);
        var range = new DayRange(from, to);
        var byChannel = book.FiguresByChannel(kind, range)
            .OrderBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => new ChannelFigures(f.Key, f.Value.Conversions, f.Value.Revenue, f.Value.StoreVisits, [.. f.Value.Persons]))
            .ToArray();
        return Task.FromResult(new CampaignFigures(
            campaignId, state.State.Name, ShownChannel(), spend.Total(range), byChannel));
    }

    public Task<RowFigures[]> GetBreakdownAsync(string model, Breakdown by, DateOnly? from, DateOnly? to) =>
        Task.FromResult(FigureRows.Breakdown(book, spend, FigureRows.ParseModel(model), by, new DayRange(from, to)));

    public Task<CampaignComparison> GetComparisonAsync(DateOnly? from, DateOnly? to)
    {
        var range = new DayRange(from, to);
        return Task.FromResult(new CampaignComparison(campaignId, state.State.Name, ShownChannel(), spend.Total(range),
            FigureRows.ByModel(book, range), FigureRows.Of("in_path", 0, book.InPath(range))));
    }

    /// <summary>
    /// The declared channel, else the touch channel with most linear credit (compared to 9
    /// decimals, so that summation order cannot break a tie; ties by name), else the channel
    /// of the costed touch with the smallest id.
    /// </summary>
    private string ShownChannel()
    {
        if (!string.IsNullOrEmpty(state.State.DeclaredChannel))
        {
            return state.State.DeclaredChannel;
        }
        var best = book.FiguresByChannel(AttributionModel.Linear, DayRange.All)
            .OrderByDescending(f => Math.Round(f.Value.Conversions + f.Value.StoreVisits, 9))
            .ThenBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => f.Key)
            .FirstOrDefault();
        return best ?? state.State.ObservedChannel ?? "";
    }

    private async Task RegisterAsync()
    {
        if (!state.State.Registered)
        {
            await GrainFactory.GetGrain<ITenantGrain>(tenant).RegisterCampaignAsync(campaignId);
            state.State.Registered = true;
        }
    }

    private async Task WriteStateAsync()
    {
        var s = state.State;
        s.Credits = CreditBookState.Credits(book);
        s.Retracted = CreditBookState.Retracted(book);
        s.DeclaredSpend = new(spend.Declared);
        s.TouchCosts = new(spend.TouchCosts);
        s.CostedTouches = [.. spend.CostedTouches];
        s.RetractedTouches = [.. spend.RetractedTouches];
        try
        {
            await state.WriteStateAsync();
        }
        finally
        {
            ClearBulkState();
        }
    }

    /// <summary>The book and spend ledger hold the bulk while active; the state copy exists only to be written.</summary>
    private void ClearBulkState()
    {
        var s = state.State;
        s.Credits = [];
        s.Retracted = [];
        s.DeclaredSpend = [];
        s.TouchCosts = [];
        s.CostedTouches = [];
        s.RetractedTouches = [];
    }
}
