using Okube.Actors.Gateway.Demo;
using Okube.Actors.Tests.Api.Infrastructure;

namespace Okube.Actors.Tests.Api.IdentityGraph;

public static class GraphIngest
{
    /// <summary>Posts events and links; the answer must be 202 with nothing rejected.</summary>
    public static async Task<IngestOutcome> IngestGraphAsync(this HttpClient client, IEnumerable<JourneyEvent> events,
        string mediaType = HttpApi.Ndjson)
    {
        var list = events.ToList();
        var outcome = await client.IngestAsync(list, mediaType);
        outcome.Rejected.Should().BeEmpty("every generated event is valid: {0}",
            string.Join("; ", outcome.Rejected.Select(r => $"{list[r.Index].Id}: {r.Error}")));
        return outcome;
    }
}
