using Microsoft.Extensions.DependencyInjection;
using Okube.Actors.Grains.Identities;
using Okube.Actors.Grains.Persistence;
using Orleans.Storage;

namespace Okube.Actors.Tests.Cluster.Infrastructure;

/// <summary>Reads what the "okube" grain storage holds for a grain, bypassing its activation.</summary>
public static class StoredState
{
    public static async Task<IdentityState> IdentityAsync(ClusterFixture fixture, IIdentityGrain identity) =>
        (await ReadAsync(fixture, identity)).State ?? new IdentityState();

    /// <summary>What another activation of the grain would do: write the stored state back, moving its ETag on.</summary>
    public static async Task OverwriteIdentityAsync(ClusterFixture fixture, IIdentityGrain identity)
    {
        var state = await ReadAsync(fixture, identity);
        await Storage(fixture).WriteStateAsync("identity", identity.GetGrainId(), state);
    }

    private static async Task<GrainState<IdentityState>> ReadAsync(ClusterFixture fixture, IIdentityGrain identity)
    {
        var state = new GrainState<IdentityState>(new IdentityState());
        await Storage(fixture).ReadStateAsync("identity", identity.GetGrainId(), state);
        return state;
    }

    private static IGrainStorage Storage(ClusterFixture fixture) =>
        fixture.Cluster.Silos[0].ServiceProvider.GetRequiredKeyedService<IGrainStorage>(StorageNames.Grains);
}
