using Okube.Actors.Events;
using Okube.Actors.Grains.Persistence;
using Orleans.Streams;
using Orleans.Streams.Core;

namespace Okube.Actors.Grains.Devices;

/// <summary>
/// A subject. Every event published for it arrives here through its implicit stream
/// subscription and goes on, a batch at a time, to the identity grain of its person.
/// </summary>
[ImplicitStreamSubscription(EventStreams.SubjectNamespace)]
public sealed class DeviceGrain(
    [PersistentState("device", StorageNames.Grains)] IPersistentState<DeviceState> state)
    : Grain, IDeviceGrain, IStreamSubscriptionObserver, IAsyncObserver<SubjectEventBatch>
{
    private SubjectKey subject = null!;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        subject = SubjectKey.ParseGrainKey(this.GetPrimaryKeyString());
        return Task.CompletedTask;
    }

    public Task<string> GetPersonAsync() => Task.FromResult(PersonGrainKey);

    private string PersonGrainKey => GrainKeys.Identity(subject.Tenant, state.State.PersonKey ?? subject.OwnPersonKey);

    public Task OnSubscribed(IStreamSubscriptionHandleFactory handleFactory) =>
        handleFactory.Create<SubjectEventBatch>().ResumeAsync(this);

    public Task OnNextAsync(SubjectEventBatch item, StreamSequenceToken? token = null) =>
        GrainFactory.GetGrain<IIdentityGrain>(PersonGrainKey).ApplyAsync(item.AsImmutable());

    public Task OnCompletedAsync() => Task.CompletedTask;

    public Task OnErrorAsync(Exception ex) => Task.CompletedTask;
}
