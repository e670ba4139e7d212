using Okube.Actors.Events;
using Okube.Actors.Grains.Persistence;
using Okube.Actors.Grains.Tenants;
using Orleans.Streams;
using Orleans.Streams.Core;

namespace Okube.Actors.Grains.Devices;

/// <summary>
/// A subject. Every event published for it arrives here through its implicit stream
/// subscription and goes on, a batch at a time, to the identity grain of its person.
/// Identity links on its stream are carried out here first (<see cref="IdentityLinker"/>).
/// </summary>
[ImplicitStreamSubscription(EventStreams.SubjectNamespace)]
public sealed partial class DeviceGrain : Grain, IDeviceGrain, IStreamSubscriptionObserver, IAsyncObserver<SubjectEventBatch>
{
    private readonly IPersistentState<DeviceState> state;
    private readonly IdentityLinker linker;
    private readonly ILogger<DeviceGrain> logger;
    private readonly StateWriter writer;
    private SubjectKey subject = null!;

    public DeviceGrain(
        [PersistentState("device", StorageNames.Grains)] IPersistentState<DeviceState> state,
        IdentityLinker linker,
        TenantSettings settings,
        ILogger<DeviceGrain> logger)
    {
        this.logger = logger;
        this.state = state;
        this.linker = linker;
        writer = new StateWriter(this, state.WriteStateAsync, settings.Options);
    }

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        subject = SubjectKey.ParseGrainKey(this.GetPrimaryKeyString());
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) =>
        writer.FlushAsync();

    private string PersonKey => state.State.PersonKey ?? subject.OwnPersonKey;

    public Task<string> GetPersonAsync() => Task.FromResult(PersonKey);

    public Task<DeviceStatus> GetStatusAsync() => Task.FromResult(new DeviceStatus(PersonKey, state.State.Suppression));

    public async Task SuppressAsync(Suppression suppression)
    {
        if (suppression <= state.State.Suppression)
        {
            return;
        }
        state.State.Suppression = suppression;
        if (suppression == Suppression.Erased)
        {
            state.State.PersonKey = null;
        }
        // A suppression must hold whatever the persistence mode.
        await writer.WriteNowAsync();
    }

    public Task SetPersonAsync(string personKey)
    {
        if (personKey == PersonKey)
        {
            return Task.CompletedTask;
        }
        state.State.PersonKey = personKey;
        return writer.ChangedAsync();
    }

    public Task OnSubscribed(IStreamSubscriptionHandleFactory handleFactory) =>
        handleFactory.Create<SubjectEventBatch>().ResumeAsync(this);

    public async Task OnNextAsync(SubjectEventBatch item, StreamSequenceToken? token = null)
    {
        if (logger.IsEnabled(LogLevel.Debug))
        {
            LogBatch(subject.GrainKey, token?.ToString() ?? "", string.Join(",", item.Events.Select(e => e.Id)));
        }
        if (state.State.Suppression != Suppression.None)
        {
            // Objected or erased: dropped, and done with as far as the pipeline status goes.
            await GrainFactory.GetGrain<ITenantGrain>(subject.Tenant).AddProcessedAsync(item.Events.Length);
            return;
        }
        // Failures downstream (a person's silo leaving, a stale activation, a timeout) are retried
        // here at once rather than failed back to the stream, whose redelivery backs off and may
        // come from another silo once the queue has moved; every step below is idempotent, so
        // repeating it is always safe.
        var delay = RetryFirstDelay;
        var deadline = DateTime.UtcNow + RetryFor;
        while (true)
        {
            try
            {
                await RouteAsync(item);
                return;
            }
            catch (Exception e) when (DateTime.UtcNow < deadline)
            {
                LogRetrying(e, subject.GrainKey, delay.TotalMilliseconds);
                await Task.Delay(delay);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, RetryMaxDelay.Ticks));
            }
        }
    }

    private static readonly TimeSpan RetryFirstDelay = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan RetryMaxDelay = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan RetryFor = TimeSpan.FromMinutes(2);

    /// <summary>Carries out the batch's identity links, then hands the batch to the subject's person.</summary>
    private async Task RouteAsync(SubjectEventBatch item)
    {
        foreach (var link in item.Events)
        {
            if (link is { Kind: EventKind.IdentityLink, LinkedSubjects: { } linked })
            {
                await linker.LinkAsync(subject, PersonKey, linked, link.Id);
            }
        }
        var appliedBy = await GrainFactory.GetGrain<IIdentityGrain>(GrainKeys.Identity(subject.Tenant, PersonKey))
            .ApplyAsync(item.AsImmutable());
        // Path compression: a person merged away answered through the one that absorbed it.
        // Only a shortcut: if it cannot be stored, the forward pointer still leads there.
        try
        {
            await SetPersonAsync(appliedBy);
        }
        catch (Orleans.Storage.InconsistentStateException)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Device {Subject}: routing a batch failed; trying again in {DelayMs} ms")]
    private partial void LogRetrying(Exception exception, string subject, double delayMs);

    /// <summary>Which events reached which subject, for tracing an event through the pipeline (ids only, never subject ids in clear).</summary>
    [LoggerMessage(Level = LogLevel.Debug, Message = "Device {Subject} got events {EventIds} at {Token}")]
    private partial void LogBatch(string subject, string token, string eventIds);

    public Task OnCompletedAsync() => Task.CompletedTask;

    public Task OnErrorAsync(Exception ex) => Task.CompletedTask;
}
