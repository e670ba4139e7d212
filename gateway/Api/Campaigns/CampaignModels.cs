namespace Okube.Actors.Gateway.Campaigns;

/// <summary>GET /v1/campaigns: every campaign of the tenant with its linear figures.</summary>
public sealed record CampaignList(string Model, string Currency, IReadOnlyList<CampaignSummary> Campaigns);

/// <summary>A campaign under MinPersons persons shows metadata and spend only: suppressed, figures null.</summary>
public sealed record CampaignSummary(
    string Id, string? Name, string Channel, double Spend, bool Suppressed,
    double? Conversions, double? Revenue, double? StoreVisits, double? Roas, int? Persons);

/// <summary>GET /v1/campaigns/{id}: one campaign under every model side by side.</summary>
public sealed record CampaignDetail(
    string Id, string? Name, string Channel, string Currency, double Spend, InPathFigures InPath, ModelSet Models);

/// <summary>The conversions whose path holds the campaign, each counted whole.</summary>
public sealed record InPathFigures(bool Suppressed, double? Conversions, double? Revenue, double? StoreVisits, int? Persons);

public sealed record ModelSet(
    ModelFigures FirstTouch, ModelFigures LastTouch, ModelFigures Linear, ModelFigures PositionBased, ModelFigures TimeDecay);

/// <param name="ConversionShare">Conversions / in-path conversions: the part of what the campaign took part in this model gives it.</param>
/// <param name="StoreVisitShare">Store visits / in-path store visits.</param>
public sealed record ModelFigures(
    bool Suppressed, double? Conversions, double? Revenue, double? StoreVisits, double? Roas, int? Persons,
    double? ConversionShare, double? StoreVisitShare);
