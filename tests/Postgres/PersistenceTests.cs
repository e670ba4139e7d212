using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace Okube.Actors.Tests.Postgres;

/// <summary>ADO.NET grain storage on PostgreSQL keeps state across activations and enforces ETags.</summary>
[Collection(PostgresClusterCollection.Name)]
public sealed class PersistenceTests(PostgresClusterFixture fixture)
{
    private IClusterClient Client => fixture.Client;

    [Fact]
    public async Task State_written_by_a_grain_is_read_back_after_deactivation()
    {
        var grain = Client.GetGrain<ICounterGrain>($"persist-{Guid.NewGuid():N}");
        (await grain.GetAsync()).Should().Be((0, null, false), "nothing is stored yet");

        await grain.SetAsync(42);
        await grain.SetAsync(43);
        (await StoredVersionsAsync()).Should().Contain(2, "the second write moved the row to version 2");

        await fixture.Cluster.DeactivateAsync(grain);

        (await grain.GetAsync()).Should().Be((43, "2", true));
    }

    [Fact]
    public async Task A_grain_writing_over_a_newer_state_fails_with_InconsistentStateException()
    {
        var grain = Client.GetGrain<ICounterGrain>($"stale-{Guid.NewGuid():N}");
        await grain.SetAsync(1);

        // Another writer (a second activation in a split cluster, say) stores a newer state.
        var storage = Storage();
        var other = new GrainState<CounterState>();
        await storage.ReadStateAsync(CounterGrain.StateName, grain.GetGrainId(), other);
        other.State!.Value.Should().Be(1, "the other writer reads what the grain stored");
        other.State!.Value = 99;
        await storage.WriteStateAsync(CounterGrain.StateName, grain.GetGrainId(), other);

        var stale = () => grain.SetAsync(2);
        await stale.Should().ThrowAsync<InconsistentStateException>();

        // The failed activation is dropped; the next one reads the winner's state.
        var after = await Eventually.UntilAsync(grain.GetAsync, s => s.Value == 99, "the grain reloads the newer state");
        after.ETag.Should().Be("2");
    }

    [Fact]
    public async Task Of_two_writers_holding_the_same_etag_only_the_first_succeeds()
    {
        var storage = Storage();
        var id = GrainId.Create("counter", $"race-{Guid.NewGuid():N}");

        // Both start from nothing stored: only one insert may win.
        var first = State(7, null);
        var second = State(8, null);
        await storage.WriteStateAsync(CounterGrain.StateName, id, first);
        first.ETag.Should().Be("1");
        var insert = () => storage.WriteStateAsync(CounterGrain.StateName, id, second);
        await insert.Should().ThrowAsync<InconsistentStateException>();

        // Both read version 1: only one update may win.
        var a = new GrainState<CounterState>();
        var b = new GrainState<CounterState>();
        await storage.ReadStateAsync(CounterGrain.StateName, id, a);
        await storage.ReadStateAsync(CounterGrain.StateName, id, b);
        a.ETag.Should().Be("1");
        b.ETag.Should().Be("1");
        a.State!.Value = 10;
        b.State!.Value = 11;
        await storage.WriteStateAsync(CounterGrain.StateName, id, a);
        var update = () => storage.WriteStateAsync(CounterGrain.StateName, id, b);
        await update.Should().ThrowAsync<InconsistentStateException>();

        var stored = new GrainState<CounterState>();
        await storage.ReadStateAsync(CounterGrain.StateName, id, stored);
        stored.State!.Value.Should().Be(10);
        stored.ETag.Should().Be("2");
    }

    [Fact]
    public async Task Cleared_state_reads_as_empty_and_can_be_written_again()
    {
        var grain = Client.GetGrain<ICounterGrain>($"clear-{Guid.NewGuid():N}");
        await grain.SetAsync(5);
        await grain.ClearAsync();
        await fixture.Cluster.DeactivateAsync(grain);

        (await grain.GetAsync()).Should().Be((0, "2", false), "a cleared row keeps its version but holds no state");

        await grain.SetAsync(6);
        await fixture.Cluster.DeactivateAsync(grain);
        (await grain.GetAsync()).Should().Be((6, "3", true));
    }

    private IGrainStorage Storage() =>
        fixture.Cluster.Silos[0].ServiceProvider.GetRequiredKeyedService<IGrainStorage>(PostgresProviders.Storage);

    private static GrainState<CounterState> State(int value, string? etag) =>
        new() { State = new CounterState { Value = value }, ETag = etag };

    private Task<List<int>> StoredVersionsAsync() =>
        fixture.Database.ListAsync(
            "SELECT Version FROM OrleansStorage WHERE ServiceId = @s AND PayloadBinary IS NOT NULL",
            r => r.GetInt32(0), ("s", fixture.ServiceId));
}
