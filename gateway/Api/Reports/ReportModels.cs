using System.Text.Json.Serialization;

namespace Okube.Actors.Gateway.Reports;

/// <summary>GET /v1/reports/campaigns (contract section 5).</summary>
public sealed record CampaignReport(
    string Model,
    string Currency,
    IReadOnlyList<CampaignRow> Rows,
    UnattributedFigures Unattributed,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] SuppressedFigures? Suppressed)
{
    /// <summary>How many touchpoints consent allowed to use (all time, not the date range).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ConsentSummary? Consent { get; init; }
}

/// <summary>GET /v1/reports/channels: the same figures keyed by channel.</summary>
public sealed record ChannelReport(
    string Model,
    string Currency,
    IReadOnlyList<ChannelRow> Rows,
    UnattributedFigures Unattributed,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] SuppressedFigures? Suppressed)
{
    /// <summary>How many touchpoints consent allowed to use (all time, not the date range).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ConsentSummary? Consent { get; init; }
}

/// <summary>GET /v1/reports/days: rows by UTC day of the conversion, with that day's spend.</summary>
public sealed record DayReport(
    string Model,
    string Currency,
    string? Campaign,
    IReadOnlyList<DayRow> Rows,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] UnattributedFigures? Unattributed,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] SuppressedFigures? Suppressed);

/// <param name="Day">YYYY-MM-DD (UTC).</param>
public sealed record DayRow(
    string Day, double Spend, double Conversions, double Revenue, double StoreVisits, double? Roas, int Persons);

/// <summary>GET /v1/reports/stores: rows by the conversion's store, online transactions under "online".</summary>
public sealed record StoreReport(
    string Model,
    string Currency,
    IReadOnlyList<StoreRow> Rows,
    UnattributedFigures Unattributed,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] StoreSuppressed? Suppressed);

public sealed record StoreRow(string Store, double Conversions, double Revenue, double StoreVisits, int Persons);

/// <summary>The store rows under MinPersons, together.</summary>
public sealed record StoreSuppressed(double Conversions, double Revenue, double StoreVisits, int Persons);

public sealed record CampaignRow(
    string Campaign, string Channel, string? Name, double Spend, double Conversions, double Revenue,
    double StoreVisits, double? Roas, int Persons);

public sealed record ChannelRow(
    string Channel, double Spend, double Conversions, double Revenue, double StoreVisits, double? Roas, int Persons);

public sealed record UnattributedFigures(double Conversions, double Revenue, double StoreVisits);

public sealed record SuppressedFigures(
    double Spend, double Conversions, double Revenue, double StoreVisits, double? Roas, int Persons);

/// <summary>
/// Touchpoints accepted for the tenant so far, those used, and their share: the figures above
/// cover the consented touchpoints only.
/// </summary>
public sealed record ConsentSummary(long Touchpoints, long Consented, double? ConsentedShare);
