namespace Okube.Actors.Tests.Postgres.Grains;

public sealed class CounterGrain(
    [PersistentState(CounterGrain.StateName, PostgresProviders.Storage)] IPersistentState<CounterState> state)
    : Grain, ICounterGrain
{
    public const string StateName = "counter";

    public Task<(int Value, string? ETag, bool RecordExists)> GetAsync() =>
        Task.FromResult((state.State.Value, state.Etag, state.RecordExists));

    public async Task SetAsync(int value)
    {
        state.State.Value = value;
        await state.WriteStateAsync();
    }

    public Task ClearAsync() => state.ClearStateAsync();
}
