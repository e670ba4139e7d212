using Okube.Actors.Attribution.Ledger;
using Okube.Actors.Credit;
using Okube.Actors.Events;
using Okube.Actors.Grains.Dispatch;
using Okube.Actors.Grains.Persistence;
using Okube.Actors.Grains.Privacy;
using Okube.Actors.Grains.Tenants;
using Okube.Actors.Grains.Telemetry;
using Okube.Actors.Identities;
using Okube.Actors.Privacy;

namespace Okube.Actors.Grains.Identities;

/// <summary>
/// A person: a thin shell around <see cref="PersonLedger"/> that persists its events, hands
/// the ledger's credit changes to the silo's <see cref="CreditDispatcher"/>, and takes part
/// in merges. A merged-away person keeps only a forward pointer and passes every call on.
/// </summary>
public sealed partial class IdentityGrain : Grain, IIdentityGrain
{
    private readonly IPersistentState<IdentityState> state;
    private readonly CreditDispatcher dispatcher;
    private readonly TenantSettings settings;
    private readonly TimeProvider clock;
    private readonly ILogger<IdentityGrain> logger;
    private readonly StateWriter writer;
    private readonly HashSet<string> otherEventIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> subjects = new(StringComparer.Ordinal);
    private readonly List<StoredLink> links = [];
    private string tenant = "";
    private string personKey = "";
    private string? forwardTo;
    private string? mergingInto;
    private bool erased;
    // What a failed credit delivery left to send besides credit (which the ledger keeps
    // owing); stored with the state, since events stored as known are not counted again.
    private readonly List<(string, TouchCost)> unsentCosts = [];
    private int unsentProcessed;
    private PersonLedger ledger = null!;

    public IdentityGrain(
        [PersistentState("identity", StorageNames.Grains)] IPersistentState<IdentityState> state,
        CreditDispatcher dispatcher,
        TenantSettings settings,
        TimeProvider clock,
        ILogger<IdentityGrain> logger)
    {
        this.logger = logger;
        this.clock = clock;
        this.state = state;
        this.dispatcher = dispatcher;
        this.settings = settings;
        writer = new StateWriter(this, WriteStateAsync, settings.Options);
    }

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        (tenant, personKey) = GrainKeys.Split(this.GetPrimaryKeyString());
        var stored = state.State;
        forwardTo = stored.ForwardTo;
        mergingInto = stored.MergingInto;
        erased = stored.Erased;
        retentionDue = stored.RetentionDue;
        newestEventSeen = stored.NewestEventSeen;
        ledger = PersonLedger.Restore(
            personKey,
            settings.AttributionFor(tenant),
            stored.Touchpoints.Select(LedgerMapping.ToTouchpoint),
            stored.Conversions.Select(LedgerMapping.ToConversion));
        otherEventIds.UnionWith(stored.OtherEventIds);
        unsentProcessed = stored.UnsentProcessed;
        unsentCosts.AddRange(stored.UnsentCosts.Select(c => (c.Campaign, c.Cost)));
        links.AddRange(stored.Links);
        subjects.UnionWith(stored.Subjects);
        if (forwardTo is null && !erased)
        {
            subjects.Add(OwnSubject);
        }
        if (logger.IsEnabled(LogLevel.Debug))
        {
            LogActivated(personKey, state.Etag ?? "none", string.Join(",", ledger.Touchpoints.Select(t => t.EventId)));
        }
        // The ledger now holds everything; the state object is rebuilt only to be written.
        state.State = new IdentityState();
        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        await ScheduleDeferredRetentionAsync();
        await writer.FlushAsync();
    }

    public async Task<string> ApplyAsync(Immutable<SubjectEventBatch> batch)
    {
        await FinishMergeAsync();
        if (forwardTo is not null)
        {
            return await Identity(forwardTo).ApplyAsync(batch);
        }
        if (erased)
        {
            // Already on its way when the person was erased: dropped, but processed.
            await dispatcher.DispatchAsync(tenant, [], [], batch.Value.Events.Length);
            return personKey;
        }
        var fresh = 0;
        var subjectAdded = subjects.Add(batch.Value.Subject.GrainKey);
        foreach (var e in batch.Value.Events)
        {
            if (Add(e))
            {
                fresh++;
            }
        }
        if (logger.IsEnabled(LogLevel.Debug))
        {
            LogApplied(personKey, fresh, string.Join(",", batch.Value.Events.Select(e => e.Id)));
        }
        if (fresh == 0 && !subjectAdded && !HasUnsent)
        {
            return personKey;
        }
        await SettleAsync(fresh);
        RecordLag(batch.Value.Events);
        await EnforceRetentionAsync();
        return personKey;
    }

    public async Task<IdentityRoot> ResolveAsync()
    {
        await FinishMergeAsync();
        return forwardTo is null
            ? new IdentityRoot(personKey, subjects.Count, erased)
            : await Identity(forwardTo).ResolveAsync();
    }

    public async Task<string> MergeIntoAsync(string targetPersonKey)
    {
        await FinishMergeAsync();
        if (forwardTo is not null)
        {
            // Already merged: merge what this person became with the target instead,
            // always the larger key into the smaller, so forward chains only go down.
            var root = (await Identity(forwardTo).ResolveAsync()).PersonKey;
            var order = string.CompareOrdinal(root, targetPersonKey);
            return order == 0 ? root
                : order > 0 ? await Identity(root).MergeIntoAsync(targetPersonKey)
                : await Identity(targetPersonKey).MergeIntoAsync(root);
        }
        if (erased)
        {
            // Links leave erased persons out; one that raced an erasure has nothing to move.
            return personKey;
        }
        if (string.CompareOrdinal(targetPersonKey, personKey) >= 0)
        {
            throw new ArgumentException(
                $"A person is merged only into a person whose key orders before its own ({targetPersonKey} vs {personKey}).",
                nameof(targetPersonKey));
        }

        mergingInto = targetPersonKey;
        await writer.WriteNowAsync();
        return (await FinishMergeAsync())!;
    }

    /// <summary>Hands this person's state to <see cref="mergingInto"/>, if a merge is under way.</summary>
    private async Task<string?> FinishMergeAsync()
    {
        if (mergingInto is null)
        {
            return null;
        }
        var transfer = new IdentityTransfer(
            personKey,
            ledger.Touchpoints.Select(LedgerMapping.ToStored).ToArray(),
            ledger.Conversions.Select(LedgerMapping.ToStored).ToArray(),
            [.. subjects],
            [.. links],
            [.. otherEventIds],
            unsentProcessed,
            unsentCosts.Select(c => new CampaignTouchCost(c.Item1, c.Item2)).ToArray());
        // Taking in the same state twice is harmless: events are known by id, and
        // conversions both sides hold are credited again above every earlier version.
        var absorber = await Identity(mergingInto).AbsorbAsync(transfer.AsImmutable());
        LogMerged(personKey, absorber, transfer.Touchpoints.Length, transfer.Conversions.Length);

        forwardTo = absorber;
        mergingInto = null;
        unsentProcessed = 0;
        unsentCosts.Clear();
        ledger = new PersonLedger(personKey, settings.AttributionFor(tenant));
        subjects.Clear();
        links.Clear();
        otherEventIds.Clear();
        GraphMetrics.Merges.Add(1);
        // A forward pointer must survive deactivation whatever the persistence mode.
        await writer.WriteNowAsync();
        return absorber;
    }

    public async Task<string> AbsorbAsync(Immutable<IdentityTransfer> transfer)
    {
        await FinishMergeAsync();
        if (forwardTo is not null)
        {
            return await Identity(forwardTo).AbsorbAsync(transfer);
        }
        var t = transfer.Value;
        var merged = PersonLedger.Restore(
            t.PersonKey,
            settings.AttributionFor(tenant),
            t.Touchpoints.Select(LedgerMapping.ToTouchpoint),
            t.Conversions.Select(LedgerMapping.ToConversion));
        if (erased)
        {
            // A link that raced this person's erasure joined someone to them: the same person,
            // so what they bring is withdrawn too, and their events are dropped from now on.
            var withdrawn = merged.RetractAll(clock.GetUtcNow().UtcTicks);
            await dispatcher.DispatchAsync(tenant, ToCredits(withdrawn), ToCosts(withdrawn), t.UnsentProcessed);
            _ = SuppressDevicesAsync(t.Subjects, Suppression.Erased);
            return personKey;
        }
        ledger.Absorb(merged);
        subjects.UnionWith(t.Subjects);
        links.AddRange(t.Links.Where(l => !links.Any(known => known.EventId == l.EventId)));
        otherEventIds.UnionWith(t.OtherEventIds);
        // What the other person had applied but not yet delivered is delivered from here.
        unsentCosts.AddRange((t.UnsentCosts ?? []).Select(c => (c.Campaign, c.Cost)));
        await SettleAsync(processedEvents: t.UnsentProcessed);
        await EnforceRetentionAsync();
        if (!writer.WriteThrough)
        {
            // Written through in cluster mode already; locally, at least the merge is kept at once.
            await writer.WriteNowAsync();
        }

        // Point the absorbed subjects here, without waiting: a device on a failed silo must not
        // hold up the merge, and until a device learns it the retired person forwards its events.
        _ = PointDevicesHereAsync(t.Subjects);
        return personKey;
    }

    private async Task PointDevicesHereAsync(IEnumerable<string> subjectKeys)
    {
        try
        {
            await Task.WhenAll(subjectKeys.Select(s => GrainFactory.GetGrain<IDeviceGrain>(s).SetPersonAsync(personKey)));
        }
        catch (Exception e)
        {
            LogDevicesNotPointed(e, personKey);
        }
    }

    private async Task SuppressDevicesAsync(IEnumerable<string> subjectKeys, Suppression suppression)
    {
        try
        {
            await Task.WhenAll(subjectKeys.Select(s => GrainFactory.GetGrain<IDeviceGrain>(s).SuppressAsync(suppression)));
        }
        catch (Exception e)
        {
            LogDevicesNotSuppressed(e, personKey);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Some devices merged into erased person {PersonKey} were not suppressed; the person drops their events meanwhile")]
    private partial void LogDevicesNotSuppressed(Exception exception, string personKey);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Person {PersonKey} merged into {Absorber} with {Touchpoints} touchpoints and {Conversions} conversions")]
    private partial void LogMerged(string personKey, string absorber, int touchpoints, int conversions);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Person {PersonKey} took {Fresh} new of events {EventIds}")]
    private partial void LogApplied(string personKey, int fresh, string eventIds);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Some devices of person {PersonKey} were not pointed at it; their events are forwarded meanwhile")]
    private partial void LogDevicesNotPointed(Exception exception, string personKey);

    public async Task<PersonExport?> ExportAsync()
    {
        await FinishMergeAsync();
        if (forwardTo is not null)
        {
            return await Identity(forwardTo).ExportAsync();
        }
        if (erased || (ledger.Touchpoints.Count == 0 && !ledger.Conversions.Any() && links.Count == 0))
        {
            return null;
        }
        return PersonExporter.Export(tenant, personKey, ledger, subjects, links);
    }

    public async Task<ErasureOutcome> EraseAsync()
    {
        await FinishMergeAsync();
        if (forwardTo is not null)
        {
            var outcome = await Identity(forwardTo).EraseAsync();
            // The pointer goes too: what reaches it from now on is dropped here.
            forwardTo = null;
            erased = true;
            await writer.WriteNowAsync();
            return outcome;
        }
        if (erased)
        {
            return new ErasureOutcome([.. subjects], 0, 0);
        }
        var touchpoints = ledger.Touchpoints.Count;
        var conversions = ledger.Conversions.Count();
        await WithdrawAllAsync();
        erased = true;
        links.Clear();
        otherEventIds.Clear();
        await writer.WriteNowAsync();
        return new ErasureOutcome([.. subjects], touchpoints, conversions);
    }

    /// <summary>
    /// Retracts every credit and touch cost the person gave (erasure, retention) and empties its
    /// ledger. Unsent costs need no delivery: their retractions are among these. Should the
    /// delivery fail, the activation goes: its ledger is gone from memory but not from storage,
    /// so the caller's retry starts again from there.
    /// </summary>
    private async Task WithdrawAllAsync()
    {
        var withdrawn = ledger.RetractAll(clock.GetUtcNow().UtcTicks);
        try
        {
            await dispatcher.DispatchAsync(tenant, ToCredits(withdrawn), ToCosts(withdrawn), unsentProcessed);
        }
        catch
        {
            DeactivateOnIdle();
            throw;
        }
        unsentProcessed = 0;
        unsentCosts.Clear();
    }

    public Task<IdentitySummary> GetSummaryAsync() =>
        Task.FromResult(new IdentitySummary(
            ledger.Touchpoints.Count, ledger.Conversions.Count(), forwardTo is null ? subjects.Count : 0, forwardTo));

    /// <summary>The subject this person started as: its key is that subject's own person key.</summary>
    private string OwnSubject => $"{tenant}/{personKey}";

    private bool Add(SubjectEvent e)
    {
        if (otherEventIds.Contains(e.Id))
        {
            return false;
        }
        switch (e.Kind)
        {
            case EventKind.Touchpoint when PastRetention(e.OccurredAt):
                return !ledger.Contains(e.Id) && otherEventIds.Add(e.Id);
            case EventKind.Touchpoint:
                return ledger.AddTouchpoint(LedgerMapping.ToTouchpoint(e));
            case EventKind.Transaction or EventKind.StoreVisit:
                return ledger.AddConversion(LedgerMapping.ToConversion(e));
            default:
                if (ledger.Contains(e.Id) || !otherEventIds.Add(e.Id))
                {
                    return false;
                }
                if (e is { Kind: EventKind.IdentityLink, LinkedSubjects: { } linked })
                {
                    links.Add(new StoredLink(e.Id, e.OccurredAt, e.LinkSource ?? "", linked.Select(s => s.GrainKey).ToArray()));
                }
                return true;
        }
    }

    /// <summary>
    /// Works out the credit the last changes imply, stores it as owed with the events (an
    /// outbox), then delivers it. Storing first matters with write-through: an activation whose
    /// state went stale (a duplicate briefly alive after a silo failure) fails on the ETag here
    /// and sends nothing, instead of overwriting fresher credit; and a person whose delivery
    /// reached the campaigns always has the events behind it stored, so whoever absorbs the
    /// person later knows where its credit went.
    /// </summary>
    private async Task SettleAsync(int processedEvents)
    {
        var now = clock.GetUtcNow();
        var changes = ledger.Settle(minimumVersion: now.UtcTicks);
        var costs = unsentCosts.Concat(ToCosts(changes)).ToList();
        var processed = processedEvents + unsentProcessed;
        var owed = changes.Credits.Count > 0 || costs.Count > 0 || processed > 0;
        // Write-behind (local mode) writes later anyway: the debt is recorded only if delivery fails.
        var outbox = owed && writer.WriteThrough;
        if (outbox)
        {
            RecordDebt(changes, costs, processed);
        }
        await writer.ChangedAsync();
        if (!owed)
        {
            PruneFinal(now);
            return;
        }
        // On failure the debt stays: the ledger sends what this delivery touched again, whole
        // and at newer versions, with the next call (the stream redelivers the batch, whose
        // events are now known, so only this catch-up remains to do).
        try
        {
            await dispatcher.DispatchAsync(tenant, ToCredits(changes), costs, processed);
        }
        catch when (!outbox)
        {
            RecordDebt(changes, costs, processed);
            throw;
        }
        if (outbox)
        {
            ledger.MarkDelivered(changes);
            // The paid debt leaves storage with the next write (or at deactivation); until then
            // a restore would only send the same credit again, which changes nothing.
            writer.MarkDirty();
        }
        unsentCosts.Clear();
        unsentProcessed = 0;
        PruneFinal(now);
    }

    /// <summary>What a delivery carries, recorded as owed until it arrives.</summary>
    private void RecordDebt(LedgerChanges changes, List<(string, TouchCost)> costs, int processed)
    {
        ledger.MarkUndelivered(changes);
        unsentCosts.Clear();
        unsentCosts.AddRange(costs);
        unsentProcessed = processed;
    }

    private void PruneFinal(DateTimeOffset now)
    {
        // Events past the allowed lateness leave memory, once their credit is delivered;
        // their ids stay for deduplication.
        var pruned = ledger.Prune(settings.AttributionFor(tenant).AllowedLateness, now.UtcDateTime.AddDays(1));
        if (pruned.Count > 0)
        {
            otherEventIds.UnionWith(pruned);
            writer.MarkDirty();
        }
    }

    private void RecordLag(IReadOnlyList<SubjectEvent> events)
    {
        if (!PipelineMetrics.Lag.Enabled)
        {
            return;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var tag = PipelineMetrics.Tenant(tenant);
        foreach (var e in events)
        {
            if (e.AcceptedAt != default)
            {
                PipelineMetrics.Lag.Record((now - e.AcceptedAt).TotalSeconds, tag);
            }
        }
    }

    private bool HasUnsent => ledger.HasPendingCredit || unsentProcessed > 0 || unsentCosts.Count > 0;

    private IIdentityGrain Identity(string key) => GrainFactory.GetGrain<IIdentityGrain>(GrainKeys.Identity(tenant, key));

    private static List<(string?, CreditUpdate)> ToCredits(LedgerChanges changes) =>
        changes.Credits.Select(c => (c.Campaign, LedgerMapping.ToUpdate(c))).ToList();

    private static List<(string, TouchCost)> ToCosts(LedgerChanges changes) =>
        changes.Costs.Select(c => (c.Campaign, LedgerMapping.ToTouchCost(c))).ToList();

    private async Task WriteStateAsync()
    {
        state.State = new IdentityState
        {
            Touchpoints = ledger.Touchpoints.Select(LedgerMapping.ToStored).ToList(),
            Conversions = ledger.Conversions.Select(LedgerMapping.ToStored).ToList(),
            OtherEventIds = [.. otherEventIds],
            Subjects = [.. subjects],
            Links = [.. links],
            ForwardTo = forwardTo,
            MergingInto = mergingInto,
            Erased = erased,
            RetentionDue = retentionDue,
            NewestEventSeen = newestEventSeen,
            UnsentProcessed = unsentProcessed,
            UnsentCosts = unsentCosts.Select(c => new CampaignTouchCost(c.Item1, c.Item2)).ToList(),
        };
        var before = state.Etag;
        try
        {
            await state.WriteStateAsync();
            if (logger.IsEnabled(LogLevel.Debug))
            {
                LogWritten(personKey, before ?? "none", state.Etag ?? "none", ledger.Touchpoints.Count, string.Join(",", ledger.Touchpoints.Select(t => t.EventId)));
            }
        }
        finally
        {
            state.State = new IdentityState();
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Person {PersonKey} wrote state {EtagBefore} -> {EtagAfter} holding {Count} touchpoints {TouchpointIds}")]
    private partial void LogWritten(string personKey, string etagBefore, string etagAfter, int count, string touchpointIds);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Person {PersonKey} activated at state {Etag} holding touchpoints {TouchpointIds}")]
    private partial void LogActivated(string personKey, string etag, string touchpointIds);
}
