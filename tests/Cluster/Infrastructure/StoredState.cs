using Microsoft.Extensions.DependencyInjection;
using Okube.Actors.Grains.Identities;
using Okube.Actors.Grains.Persistence;
using Orleans.Storage;

namespace Okube.Actors.Tests.Cluster.Infrastructure;

/// <summary>Reads what the "okube" grain storage holds for a grain, bypassing its activation.</summary>
public static class StoredState
{
    public static async Task<IdentityState> IdentityAsync(ClusterFixture fixture, IIdentityGrain identity)
    {
        var storage = fixture.Cluster.Silos[0].ServiceProvider.GetRequiredKeyedService<IGrainStorage>(StorageNames.Grains);
        var state = new GrainState<IdentityState>(new IdentityState());
        await storage.ReadStateAsync("identity", identity.GetGrainId(), state);
        return state.State ?? new IdentityState();
    }
}
