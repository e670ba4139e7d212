using Azure.Messaging.EventHubs;
using Orleans.Streaming.EventHubs;

namespace Okube.Actors.Tests.EventHubs.Infrastructure;

/// <summary>Reads a <see cref="HubPartition"/> from a position; never waits for events to come.</summary>
internal sealed class InMemoryHubReceiver(HubPartition partition, long position) : IEventHubReceiver
{
    private long position = position;

    public Task<IEnumerable<EventData>> ReceiveAsync(int maxCount, TimeSpan waitTime, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult<IEnumerable<EventData>>(partition.Read(ref position, maxCount));
    }

    public Task<IEnumerable<EventData>> ReceiveAsync(int maxCount, TimeSpan waitTime) =>
        ReceiveAsync(maxCount, waitTime, CancellationToken.None);

    public Task CloseAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task CloseAsync() => Task.CompletedTask;
}
