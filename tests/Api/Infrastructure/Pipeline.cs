using System.Diagnostics;
using System.Text.Json;
using Xunit.Sdk;

namespace Okube.Actors.Tests.Api.Infrastructure;

public static class Pipeline
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);

    /// <summary>GET /v1/pipeline/status of the client's tenant.</summary>
    public static async Task<(long Accepted, long Processed)> StatusAsync(this HttpClient client)
    {
        var status = await client.GetJsonAsync("/v1/pipeline/status");
        return (status.GetProperty("accepted").GetInt64(), status.GetProperty("processed").GetInt64());
    }

    /// <summary>Waits until the reports show every accepted event (processed == accepted), or fails.</summary>
    public static async Task<long> WaitUntilProcessedAsync(this HttpClient client)
    {
        var clock = Stopwatch.StartNew();
        JsonElement last;
        while (true)
        {
            last = await client.GetJsonAsync("/v1/pipeline/status");
            var accepted = last.GetProperty("accepted").GetInt64();
            if (last.GetProperty("processed").GetInt64() == accepted)
            {
                return accepted;
            }
            if (clock.Elapsed > Deadline)
            {
                throw new XunitException($"The pipeline did not catch up within {Deadline.TotalSeconds} s; last status {last}");
            }
            await Task.Delay(Poll);
        }
    }
}
