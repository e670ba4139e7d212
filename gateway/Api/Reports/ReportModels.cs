using System.Text.Json.Serialization;

namespace Okube.Actors.Gateway.Reports;

/// <summary>GET /v1/reports/campaigns (contract section 5).</summary>
public sealed record CampaignReport(
    string Model,
    string Currency,
    IReadOnlyList<CampaignRow> Rows,
    UnattributedFigures Unattributed,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] SuppressedFigures? Suppressed);

/// <summary>GET /v1/reports/channels: the same figures keyed by channel.</summary>
public sealed record ChannelReport(
    string Model,
    string Currency,
    IReadOnlyList<ChannelRow> Rows,
    UnattributedFigures Unattributed,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] SuppressedFigures? Suppressed);

public sealed record CampaignRow(
    string Campaign, string Channel, string? Name, double Spend, double Conversions, double Revenue,
    double StoreVisits, double? Roas, int Persons);

public sealed record ChannelRow(
    string Channel, double Spend, double Conversions, double Revenue, double StoreVisits, double? Roas, int Persons);

public sealed record UnattributedFigures(double Conversions, double Revenue, double StoreVisits);

public sealed record SuppressedFigures(
    double Spend, double Conversions, double Revenue, double StoreVisits, double? Roas, int Persons);
