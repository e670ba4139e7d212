using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;
using Orleans.Serialization;
using Orleans.Storage;

namespace Okube.Actors.Tests.Api.Infrastructure;

/// <summary>
/// Every grain state the silo writes to its "grains" storage, as the bytes Orleans' serializer
/// makes of it, so that tests can look for what must never be stored (a raw email, say).
/// </summary>
public sealed class StoredStateRecorder
{
    private readonly ConcurrentQueue<byte[]> written = new();

    public int Count => written.Count;

    public bool AnyContains(string text)
    {
        var needle = System.Text.Encoding.UTF8.GetBytes(text);
        return written.Any(bytes => bytes.AsSpan().IndexOf(needle) >= 0);
    }

    internal void Record(byte[] bytes) => written.Enqueue(bytes);

    /// <summary>Wraps the keyed grain storage <paramref name="name"/> so that its writes are recorded.</summary>
    public void Wrap(IServiceCollection services, string name)
    {
        var original = services.Single(d => d.ServiceType == typeof(IGrainStorage) && Equals(d.ServiceKey, name));
        services.Remove(original);
        services.AddKeyedSingleton<IGrainStorage>(name, (sp, key) => new RecordingStorage(
            (IGrainStorage)original.KeyedImplementationFactory!(sp, key), sp.GetRequiredService<Serializer>(), this));
    }

    private sealed class RecordingStorage(IGrainStorage inner, Serializer serializer, StoredStateRecorder recorder)
        : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
    {
        public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
            inner.ReadStateAsync(stateName, grainId, grainState);

        public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        {
            recorder.Record(serializer.SerializeToArray<object?>(grainState.State));
            return inner.WriteStateAsync(stateName, grainId, grainState);
        }

        public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
            inner.ClearStateAsync(stateName, grainId, grainState);

        public void Participate(ISiloLifecycle lifecycle) => (inner as ILifecycleParticipant<ISiloLifecycle>)?.Participate(lifecycle);
    }
}
