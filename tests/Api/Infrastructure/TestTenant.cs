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

    /// <summary>The key of a role: retailer, agency or dpo.</summary>
    public string KeyOf(string role) => role switch
    {
        "retailer" => RetailerKey,
        "agency" => AgencyKey,
        "dpo" => DpoKey,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "not a role"),
    };
}
