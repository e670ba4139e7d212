namespace Okube.Actors.Tests.Cluster.Infrastructure;

/// <summary>Publishes on a subject's stream from the client, as the gateway's ingestor does.</summary>
public static class StreamPublishing
{
    public static Task PublishAsync(this IClusterClient client, SubjectKey subject, params SubjectEvent[] events) =>
        client.PublishAsync(new SubjectEventBatch(subject, events));

    public static Task PublishAsync(this IClusterClient client, SubjectEventBatch batch)
    {
        var stream = client.GetStreamProvider(EventStreams.Provider)
            .GetStream<SubjectEventBatch>(StreamId.Create(EventStreams.SubjectNamespace, batch.Subject.GrainKey));
        return stream.OnNextAsync(batch);
    }

    /// <summary>Publishes the batches from <paramref name="workers"/> concurrent tasks, each taking the next one.</summary>
    public static async Task PublishConcurrentlyAsync(this IClusterClient client, IReadOnlyList<SubjectEventBatch> batches, int workers)
    {
        var next = -1;
        async Task Work()
        {
            await Task.Yield();
            int i;
            while ((i = Interlocked.Increment(ref next)) < batches.Count)
            {
                await client.PublishAsync(batches[i]);
            }
        }
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(Work)));
    }
}
