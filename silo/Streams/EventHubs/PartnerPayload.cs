using System.Text.Json;

namespace Okube.Actors.Streams.EventHubs;

/// <summary>
/// A partner payload read: its tenant and its items (a JSON object each, or why an item is
/// not one), or why the whole payload cannot be used.
/// </summary>
public sealed record PartnerPayload(string? Tenant, IReadOnlyList<PartnerItem> Items, string? Problem)
{
    public static PartnerPayload Rejected(string? tenant, string problem) => new(tenant, [], problem);
}

/// <summary>Item <paramref name="Index"/> of the payload array: an event to validate, or <paramref name="Error"/>.</summary>
public sealed record PartnerItem(int Index, JsonElement Event, string? Error);
