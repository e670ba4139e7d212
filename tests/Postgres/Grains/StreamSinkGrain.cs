using Orleans.Streams;

namespace Okube.Actors.Tests.Postgres.Grains;

[ImplicitStreamSubscription(PostgresProviders.StreamNamespace)]
public sealed class StreamSinkGrain : Grain, IStreamSinkGrain
{
    private readonly List<string> received = [];

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var stream = this.GetStreamProvider(PostgresProviders.Streams)
            .GetStream<string>(StreamId.Create(PostgresProviders.StreamNamespace, this.GetPrimaryKeyString()));
        await stream.SubscribeAsync((item, _) =>
        {
            received.Add(item);
            return Task.CompletedTask;
        });
        await base.OnActivateAsync(cancellationToken);
    }

    public Task<IReadOnlyList<string>> GetReceivedAsync() => Task.FromResult<IReadOnlyList<string>>([.. received]);
}
