using Okube.Actors.Gateway.Demo;
using Okube.Actors.Tests.Support;

namespace Okube.Actors.Tests.Processes.Infrastructure;

/// <summary>
/// Three silo processes and a gateway process on PostgreSQL with ADO.NET streams; journeys
/// are sent while one silo is stopped. Nothing may be lost or counted twice: afterwards every
/// report equals the reference computed from the distinct events. On failure it says which
/// figures differ and, per person, which events went astray and where.
/// </summary>
public static class SiloFailureScenario
{
    private static readonly TimeSpan Convergence = TimeSpan.FromSeconds(300);

    public static async Task RunAsync(Func<HostProcess, Task> stopOneSilo, int seed)
    {
        await using var cluster = await ProcessCluster.StartAsync(silos: 3);
        using var client = new GatewayClient(cluster.Gateway.Url, ProcessCluster.RetailerKey);

        var journeys = new SyntheticJourneys(seed, new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero), "EUR", maxSubjectsPerPerson: 3);
        var events = journeys.Persons(0, 400).ToList();
        var reference = new ReferenceAttribution();
        reference.Add(events);
        reference.Links.AddRange(events.Where(e => e.Type == "identity_link")
            .Select(e => e.LinkedSubjects!.Select(s => ReferenceAttribution.SubjectOf(s.Kind, s.Id)).ToArray()));

        var random = new Random(seed);
        var batches = events.OrderBy(_ => random.Next()).Chunk(80).ToList();
        var sent = 0;
        var stopped = false;
        using var inFlight = new SemaphoreSlim(4);
        var sends = new List<Task>();
        foreach (var batch in batches)
        {
            await inFlight.WaitAsync();
            sends.Add(Task.Run(async () =>
            {
                try
                {
                    await client.SendUntilAcceptedAsync(batch, Convergence);
                }
                finally
                {
                    inFlight.Release();
                }
            }));
            if (++sent == batches.Count / 3 && !stopped)
            {
                stopped = true;
                await stopOneSilo(cluster.Silos[1]);
            }
        }
        await Task.WhenAll(sends);

        await Eventually(client, reference, events, cluster);
    }

    private static async Task Eventually(GatewayClient client, ReferenceAttribution reference, List<JourneyEvent> events, ProcessCluster cluster)
    {
        var distinctEvents = events.Count;
        var deadline = DateTime.UtcNow + Convergence;
        Exception? last = null;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                var status = await client.GetJsonAsync("/v1/pipeline/status");
                // Every difference at once, so that a failure says which figures went wrong and how.
                using (new FluentAssertions.Execution.AssertionScope($"pipeline status {status}"))
                {
                    status.GetProperty("accepted").GetInt64().Should().Be(distinctEvents, "every distinct event is accepted once");
                    status.GetProperty("processed").GetInt64().Should().BeGreaterThanOrEqualTo(distinctEvents);
                    foreach (var model in ReferenceAttribution.Models)
                    {
                        ReportAssertions.ShouldMatch(await client.GetJsonAsync($"/v1/reports/campaigns?model={model}"),
                            reference.Campaigns(model), byCampaign: true);
                        ReportAssertions.ShouldMatch(await client.GetJsonAsync($"/v1/reports/channels?model={model}"),
                            reference.Channels(model), byCampaign: false);
                    }
                }
                return;
            }
            catch (Exception e)
            {
                last = e;
            }
            await Task.Delay(1000);
        }
        throw new Xunit.Sdk.XunitException(
            $"The reports did not converge to the reference within {Convergence}: {last?.Message}\n\n" +
            $"{await cluster.StreamBacklogAsync()}\n\n{await PersonDiff.DescribeAsync(cluster, events)}\n\n{cluster.Logs()}");
    }
}
