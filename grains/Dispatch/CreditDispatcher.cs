using Okube.Actors.Credit;
using Okube.Actors.Grains.Telemetry;

namespace Okube.Actors.Grains.Dispatch;

/// <summary>
/// One per silo: gathers the credit changes of many identity grains and delivers them to
/// campaign grains as one call per campaign (group commit). While a delivery is in flight,
/// new changes queue up and leave together in the next one, so batches grow with load and
/// latency stays low when idle. A caller's task completes once its changes are applied and
/// counted as processed.
/// </summary>
public sealed partial class CreditDispatcher(IGrainFactory grains, ILogger<CreditDispatcher> logger)
{
    private const int MaxDeliveriesInFlight = 4;

    private readonly Lock gate = new();
    private PendingDelivery pending = new();
    private int inFlight;

    public Task DispatchAsync(string tenant, IReadOnlyList<(string? Campaign, CreditUpdate Credit)> credits,
        IReadOnlyList<(string Campaign, TouchCost Cost)> costs, int processedEvents)
    {
        PendingDelivery? start = null;
        Task done;
        lock (gate)
        {
            pending.Add(tenant, credits, costs, processedEvents);
            done = pending.Completion.Task;
            if (inFlight < MaxDeliveriesInFlight)
            {
                inFlight++;
                start = pending;
                pending = new PendingDelivery();
            }
        }
        if (start is not null)
        {
            _ = Task.Run(() => DeliverLoopAsync(start));
        }
        return done;
    }

    private async Task DeliverLoopAsync(PendingDelivery delivery)
    {
        while (true)
        {
            try
            {
                await delivery.DeliverAsync(grains);
                delivery.Completion.TrySetResult();
            }
            catch (Exception e)
            {
                LogDeliveryFailed(e);
                delivery.Completion.TrySetException(e);
            }
            lock (gate)
            {
                if (pending.IsEmpty)
                {
                    inFlight--;
                    return;
                }
                delivery = pending;
                pending = new PendingDelivery();
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Credit delivery failed; the identities will retry")]
    private partial void LogDeliveryFailed(Exception exception);

    private sealed class PendingDelivery
    {
        private readonly Dictionary<(string Tenant, string? Campaign), (List<CreditUpdate> Credits, List<TouchCost> Costs)> targets = [];
        private readonly Dictionary<string, long> processed = new(StringComparer.Ordinal);

        public TaskCompletionSource Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool IsEmpty => targets.Count == 0 && processed.Count == 0;

        public void Add(string tenant, IReadOnlyList<(string? Campaign, CreditUpdate Credit)> credits,
            IReadOnlyList<(string Campaign, TouchCost Cost)> costs, int processedEvents)
        {
            foreach (var (campaign, credit) in credits)
            {
                Target(tenant, campaign).Credits.Add(credit);
            }
            foreach (var (campaign, cost) in costs)
            {
                Target(tenant, campaign).Costs.Add(cost);
            }
            if (processedEvents > 0)
            {
                processed[tenant] = processed.GetValueOrDefault(tenant) + processedEvents;
            }
        }

        private (List<CreditUpdate> Credits, List<TouchCost> Costs) Target(string tenant, string? campaign)
        {
            if (!targets.TryGetValue((tenant, campaign), out var lists))
            {
                targets[(tenant, campaign)] = lists = ([], []);
            }
            return lists;
        }

        public async Task DeliverAsync(IGrainFactory grains)
        {
            var calls = new List<Task>(targets.Count);
            foreach (var ((tenant, campaign), (credits, costs)) in targets)
            {
                var batch = new Immutable<CreditBatch>(new CreditBatch([.. credits], [.. costs]));
                calls.Add(campaign is null
                    ? grains.GetGrain<IUnattributedGrain>(tenant).ApplyAsync(batch)
                    : grains.GetGrain<ICampaignGrain>(GrainKeys.Campaign(tenant, campaign)).ApplyAsync(batch));
            }
            await Task.WhenAll(calls);
            // Counted only once the effects are visible, so processed never runs ahead of reports.
            await Task.WhenAll(processed.Select(p => grains.GetGrain<ITenantGrain>(p.Key).AddProcessedAsync(p.Value)));
            foreach (var ((tenant, _), (credits, _)) in targets)
            {
                PipelineMetrics.CreditsDelivered.Add(credits.Count, PipelineMetrics.Tenant(tenant));
            }
            foreach (var (tenant, count) in processed)
            {
                PipelineMetrics.Processed.Add(count, PipelineMetrics.Tenant(tenant));
            }
        }
    }
}
