using System.Diagnostics;

namespace Okube.Actors.Benchmarks;

/// <summary>
/// Posts every body of the workload with a fixed number of requests in flight, then polls
/// the pipeline status until every accepted event is processed. Times are from the first
/// POST: ingest ends when the last POST has answered, convergence when processed = accepted.
/// </summary>
public static class EndToEndRun
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan ConvergenceDeadline = TimeSpan.FromMinutes(10);

    public sealed record Result(
        int Events, long Accepted, long Duplicates, TimeSpan Ingest, TimeSpan Converged, ResourceUse Resources)
    {
        public double EventsPerSecond => Events / Converged.TotalSeconds;
        public double IngestEventsPerSecond => Events / Ingest.TotalSeconds;
    }

    public static async Task<Result> RunAsync(IngestClient client, Workload workload, int inFlight)
    {
        var resources = ResourceUse.Start();
        var clock = Stopwatch.StartNew();
        var next = -1;
        long accepted = 0, duplicates = 0;
        async Task Worker()
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < workload.Bodies.Count)
            {
                var answer = await client.PostEventsAsync(workload.Bodies[i]);
                if (answer.Rejected > 0)
                {
                    throw new InvalidOperationException(
                        $"body {i}: {answer.Rejected} events rejected, the first: {answer.FirstRejection}");
                }
                Interlocked.Add(ref accepted, answer.Accepted);
                Interlocked.Add(ref duplicates, answer.Duplicates);
            }
        }
        await Task.WhenAll(Enumerable.Range(0, inFlight).Select(_ => Task.Run(Worker)));
        var ingest = clock.Elapsed;

        while (true)
        {
            var (statusAccepted, processed) = await client.GetStatusAsync();
            if (statusAccepted == accepted && processed == statusAccepted)
            {
                break;
            }
            if (processed > statusAccepted)
            {
                throw new InvalidOperationException($"processed {processed} ran past accepted {statusAccepted}");
            }
            if (clock.Elapsed > ConvergenceDeadline)
            {
                throw new TimeoutException(
                    $"no convergence after {ConvergenceDeadline}: accepted {statusAccepted} (POSTs said {accepted}), processed {processed}");
            }
            await Task.Delay(PollInterval);
        }
        var converged = clock.Elapsed;
        return new Result(workload.Events, accepted, duplicates, ingest, converged, resources.Stop());
    }
}
