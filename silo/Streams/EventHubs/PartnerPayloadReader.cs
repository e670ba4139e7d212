using System.Text.Json;
using Azure.Messaging.EventHubs;
using MessagePack;
using Microsoft.Extensions.Options;
using Okube.Actors.Configuration;
using Okube.Actors.Events;
using Okube.Actors.Gateway.Ingest;
using Okube.Actors.Gateway.Privacy;

namespace Okube.Actors.Streams.EventHubs;

/// <summary>
/// Reads a partner event data: a MessagePack array of maps with the keys of contract section
/// 3, for the one subject named by the partition key ("kind:id"), of the tenant named by the
/// "tenant" application property. Each map is checked and pseudonymised by the gateway's
/// <see cref="EventValidator"/>; an invalid one is skipped and its neighbours still count.
/// </summary>
public sealed class PartnerPayloadReader(
    EventValidator validator,
    SubjectPseudonymiser pseudonymiser,
    IOptions<OkubeOptions> options,
    EventHubStreamSettings settings)
{
    private static readonly MessagePackSerializerOptions Untrusted =
        MessagePackSerializerOptions.Standard.WithSecurity(MessagePackSecurity.UntrustedData);

    public PartnerPayload Read(EventData data)
    {
        var tenant = data.Properties.TryGetValue(EventHubWireFormat.TenantProperty, out var named) ? named as string : settings.DefaultTenant;
        if (string.IsNullOrEmpty(tenant))
        {
            return PartnerPayload.Rejected(null, $"no tenant: set the application property '{EventHubWireFormat.TenantProperty}' to a string");
        }
        if (!TenantNames.IsValid(tenant) || !options.Value.Tenants.ContainsKey(tenant))
        {
            return PartnerPayload.Rejected(null, "the tenant is not configured");
        }
        if (!TrySplitSubject(data.PartitionKey, out var kind, out var rawId))
        {
            return PartnerPayload.Rejected(tenant, "the partition key must be the subject as kind:id");
        }
        if (!pseudonymiser.TryPseudonymise(tenant, kind, rawId, out var subject, out var subjectError))
        {
            return PartnerPayload.Rejected(tenant, $"partition key: {subjectError}");
        }
        var items = SplitArray(data.EventBody.ToMemory());
        if (items is null)
        {
            return PartnerPayload.Rejected(tenant, "the body is not one MessagePack array");
        }

        var problems = new List<PayloadProblem>();
        var events = new List<SubjectEvent>(items.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            if (!TryReadJson(items[i], out var json))
            {
                problems.Add(new PayloadProblem(PayloadProblem.Event, i, "not a map of MessagePack values JSON can hold"));
            }
            else if (!validator.TryValidate(tenant, settings.PartnerRole, json, out var parsed, out var error))
            {
                problems.Add(new PayloadProblem(PayloadProblem.Event, i, error));
            }
            else if (parsed.Target != subject)
            {
                problems.Add(new PayloadProblem(PayloadProblem.Subject, i, "the event is for another subject than the partition key"));
            }
            else if (seen.Add(parsed.Event.Id))
            {
                events.Add(parsed.Event);
            }
        }
        return new PartnerPayload(tenant, events.Count > 0 ? new SubjectEventBatch(subject, [.. events]) : null, items.Count, problems);
    }

    /// <summary>"kind:id", the id may hold ':' too.</summary>
    private static bool TrySplitSubject(string? partitionKey, out string kind, out string id)
    {
        var colon = partitionKey?.IndexOf(':') ?? -1;
        kind = colon > 0 ? partitionKey![..colon] : "";
        id = colon > 0 ? partitionKey![(colon + 1)..] : "";
        return colon > 0 && id.Length > 0;
    }

    /// <summary>The raw items of a body that is exactly one MessagePack array; null otherwise.</summary>
    private static List<ReadOnlyMemory<byte>>? SplitArray(ReadOnlyMemory<byte> body)
    {
        try
        {
            var reader = new MessagePackReader(body);
            if (reader.End || reader.NextMessagePackType != MessagePackType.Array)
            {
                return null;
            }
            var count = reader.ReadArrayHeader();
            var items = new List<ReadOnlyMemory<byte>>(count);
            for (var i = 0; i < count; i++)
            {
                var start = (int)reader.Consumed;
                reader.Skip();
                items.Add(body[start..(int)reader.Consumed]);
            }
            return reader.End ? items : null;
        }
        catch (Exception e) when (e is MessagePackSerializationException or EndOfStreamException)
        {
            return null;
        }
    }

    private static bool TryReadJson(ReadOnlyMemory<byte> item, out JsonElement json)
    {
        json = default;
        try
        {
            var text = MessagePackSerializer.ConvertToJson(item, Untrusted);
            using var document = JsonDocument.Parse(text);
            json = document.RootElement.Clone();
            return json.ValueKind == JsonValueKind.Object;
        }
        catch (Exception e) when (e is MessagePackSerializationException or JsonException)
        {
            return false;
        }
    }
}
