using System.Buffers;
using System.Text.Json;
using Okube.Actors.Gateway.Auth;
using Okube.Actors.Gateway.Demo;

namespace Okube.Actors.Tests.EventHubs.Infrastructure;

/// <summary>The two ways events reach the hub: partners' event data, and the gateway publishing on subject streams.</summary>
public static class Publishing
{
    /// <summary>
    /// Sends each subject's events as partner payloads of at most <paramref name="perPayload"/>
    /// events, in order, keyed by the subject.
    /// </summary>
    public static int SendAsPartner(this InMemoryEventHub hub, string tenant, IEnumerable<JourneyEvent> events, int perPayload = 3)
    {
        var sent = 0;
        foreach (var subject in events.GroupBy(PartnerPayloads.PartitionKey))
        {
            foreach (var chunk in subject.Chunk(perPayload))
            {
                hub.SendPartner(PartnerPayloads.Encode(chunk), subject.Key, tenant);
                sent++;
            }
        }
        return sent;
    }

    /// <summary>What the gateway's ingest does with valid events: validate, pseudonymise, one stream item per subject.</summary>
    public static async Task PublishAsGatewayAsync(this IClusterClient client, string tenant, IEnumerable<JourneyEvent> events)
    {
        var parsed = events.Select(e =>
        {
            using var json = JsonDocument.Parse(Json(e));
            return TestTenants.Validator.TryValidate(tenant, Roles.Retailer, json.RootElement, out var p, out var error)
                ? p
                : throw new ArgumentException($"Event {e.Id}: {error}");
        });
        foreach (var subject in parsed.GroupBy(p => p.Target))
        {
            await client.PublishAsync(new SubjectEventBatch(subject.Key, subject.Select(p => p.Event).ToArray()));
        }
    }

    public static Task PublishAsync(this IClusterClient client, SubjectEventBatch batch) =>
        client.GetStreamProvider(EventStreams.Provider)
            .GetStream<SubjectEventBatch>(StreamId.Create(EventStreams.SubjectNamespace, batch.Subject.GrainKey))
            .OnNextAsync(batch);

    private static byte[] Json(JourneyEvent e)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            e.WriteJson(writer);
        }
        return buffer.WrittenSpan.ToArray();
    }
}
