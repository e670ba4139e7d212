namespace Okube.Actors.Tests.Api.Infrastructure;

/// <summary>A tenant configured in the shared host, with one key per role.</summary>
public sealed record TestTenant(
    string Name,
    int MinPersons = 0,
    string Currency = "EUR",
    int? MaxSubjectsPerPerson = null,
    int? ConsentVendorId = null,
    bool ConsentRequired = false,
    string? PseudonymisationSecret = null,
    TimeSpan? TouchpointRetention = null,
    TimeSpan? PersonRetention = null,
    double? RatePermitsPerSecond = null,
    int? RateBurst = null)
{
    public string RetailerKey => $"{Name}-retailer-9f3c";
    public string AgencyKey => $"{Name}-agency-41d7";
    public string DpoKey => $"{Name}-dpo-c2a8";
}
