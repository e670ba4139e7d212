using Microsoft.Extensions.Options;
using Okube.Actors.Configuration;
using Okube.Actors.Gateway.Ingest;

namespace Okube.Actors.Streams.EventHubs;

/// <summary>
/// Reads a partner payload: a MessagePack array of maps with the keys of contract section 3,
/// of the tenant its "tenant" property names (else <see cref="EventHubStreamSettings.DefaultTenant"/>).
/// Each map becomes the JSON object the gateway's validator takes; a map that cannot is that
/// item's error, and its neighbours still count.
/// </summary>
public sealed class PartnerPayloadReader(IOptions<OkubeOptions> options, EventHubStreamSettings settings)
{
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
        var read = MessagePackEvents.Read(data.Body);
        if (read is null)
        {
            return PartnerPayload.Rejected(tenant, MessagePackEvents.NotOneArray);
        }
        var items = read.Select(i => new PartnerItem(i.Index, i.Event, i.Error)).ToList();
        return new PartnerPayload(tenant, items, null);
    }
}
