using Orleans.Streams;

namespace Okube.Actors.Tests.Postgres;

/// <summary>The ADO.NET stream provider carries messages through PostgreSQL to implicit subscribers.</summary>
[Collection(PostgresClusterCollection.Name)]
public sealed class StreamTests(PostgresClusterFixture fixture)
{
    [Fact]
    public async Task Messages_published_by_the_client_reach_the_implicit_subscriber_in_order_and_leave_the_queue()
    {
        var key = $"stream-{Guid.NewGuid():N}";
        var stream = fixture.Client.GetStreamProvider(PostgresProviders.Streams)
            .GetStream<string>(StreamId.Create(PostgresProviders.StreamNamespace, key));
        string[] sent = ["one", "two", "three", "four", "five"];
        foreach (var item in sent)
        {
            await stream.OnNextAsync(item);
        }

        var sink = fixture.Client.GetGrain<IStreamSinkGrain>(key);
        var received = await Eventually.UntilAsync(sink.GetReceivedAsync, r => r.Count >= sent.Length, "all messages arrive");
        received.Should().Equal(sent);

        // Delivered messages are confirmed, which deletes them; none went to the dead letters.
        await Eventually.UntilAsync(
            () => CountAsync("OrleansStreamMessage"), n => n == 0, "the queue table empties once messages are confirmed");
        (await CountAsync("OrleansStreamDeadLetter")).Should().Be(0);
    }

    private Task<long> CountAsync(string table) =>
        fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM {table} WHERE ServiceId = @s", ("s", fixture.ServiceId));
}
