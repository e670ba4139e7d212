using System.Text.Json;
using MessagePack;
using Microsoft.Extensions.Options;
using Okube.Actors.Configuration;

namespace Okube.Actors.Streams.EventHubs;

/// <summary>
/// Reads a partner payload: a MessagePack array of maps with the keys of contract section 3,
/// of the tenant its "tenant" property names (else <see cref="EventHubStreamSettings.DefaultTenant"/>).
/// Each map becomes the JSON object the gateway's validator takes; a map that cannot is that
/// item's error, and its neighbours still count.
/// </summary>
public sealed class PartnerPayloadReader(IOptions<OkubeOptions> options, EventHubStreamSettings settings)
{
    private static readonly MessagePackSerializerOptions Untrusted =
        MessagePackSerializerOptions.Standard.WithSecurity(MessagePackSecurity.UntrustedData);

    public PartnerPayload Read(PartnerEventData data)
    {
        var tenant = data.Tenant ?? settings.DefaultTenant;
        if (string.IsNullOrEmpty(tenant))
        {
            return PartnerPayload.Rejected(null, $"no tenant: set the application property '{EventHubWireFormat.TenantProperty}' to a string");
        }
        if (!TenantNames.IsValid(tenant) || !options.Value.Tenants.ContainsKey(tenant))
        {
            return PartnerPayload.Rejected(null, "the tenant is not configured");
        }
        var raw = SplitArray(data.Body);
        if (raw is null)
        {
            return PartnerPayload.Rejected(tenant, "the body is not one MessagePack array");
        }
        var items = new List<PartnerItem>(raw.Count);
        for (var i = 0; i < raw.Count; i++)
        {
            items.Add(TryReadJson(raw[i], out var json)
                ? new PartnerItem(i, json, null)
                : new PartnerItem(i, default, "not a map of MessagePack values JSON can hold"));
        }
        return new PartnerPayload(tenant, items, null);
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
