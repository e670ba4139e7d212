using Orleans.Serialization;
using Orleans.Storage;

namespace Okube.Actors.Tests.EventHubs.Infrastructure;

/// <summary>A named grain storage provider over a <see cref="SharedGrainStore"/>, with etag checks.</summary>
public sealed class SharedGrainStorage(string name, SharedGrainStore store, Serializer serializer) : IGrainStorage
{
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (store.TryRead(Key(stateName, grainId), out var data, out var etag))
        {
            grainState.State = serializer.Deserialize<T>(data);
            grainState.ETag = etag;
            grainState.RecordExists = true;
        }
        return Task.CompletedTask;
    }

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var etag = store.TryWrite(Key(stateName, grainId), serializer.SerializeToArray(grainState.State), grainState.ETag)
            ?? throw new InconsistentStateException($"{name}: {stateName} of {grainId} changed since it was read.");
        grainState.ETag = etag;
        grainState.RecordExists = true;
        return Task.CompletedTask;
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        _ = store.TryWrite(Key(stateName, grainId), null, grainState.ETag)
            ?? throw new InconsistentStateException($"{name}: {stateName} of {grainId} changed since it was read.");
        grainState.ETag = null;
        grainState.RecordExists = false;
        return Task.CompletedTask;
    }

    private string Key(string stateName, GrainId grainId) => $"{name}/{stateName}/{grainId}";
}
