namespace Okube.Actors.Configuration;

/// <summary>One retailer's settings ("Okube:Tenants:{name}").</summary>
public sealed class TenantOptions
{
    /// <summary>ISO 4217 currency of reports; transactions in another currency are rejected.</summary>
    public string Currency { get; set; } = "EUR";

    public List<ApiKeyOptions> ApiKeys { get; set; } = [];

    /// <summary>How far before a conversion a touch still counts (contract default: 30 days).</summary>
    public TimeSpan Lookback { get; set; } = TimeSpan.FromDays(30);

    /// <summary>
    /// How far behind a person's newest event another of their events may still arrive and
    /// be attributed exactly. Older conversions are final and older touches (by this plus
    /// the lookback) are dropped from memory: this bounds what an identity holds.
    /// </summary>
    public TimeSpan AllowedLateness { get; set; } = TimeSpan.FromDays(90);

    /// <summary>Half-life of the time_decay model (contract: 7 days).</summary>
    public TimeSpan TimeDecayHalfLife { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Report rows crediting fewer distinct persons are folded into "suppressed".</summary>
    public int MinPersons { get; set; } = 10;

    /// <summary>
    /// Most subjects one person may have. A link that would join more (a shared device, a
    /// public computer, a bad partner match) is refused, logged and counted.
    /// </summary>
    public int MaxSubjectsPerPerson { get; set; } = 50;

    /// <summary>
    /// Secret of the keyed hash that pseudonymises subject ids at the edge: key version 1
    /// when <see cref="PseudonymisationKeys"/> is empty (set one or the other, not both).
    /// Neither set: a key derived from the tenant name, fit for local use only (the gateway warns).
    /// </summary>
    public string? PseudonymisationSecret { get; set; }

    /// <summary>
    /// Versions of the pseudonymisation key: the highest pseudonymises new events, all of them
    /// are searched for a data subject's request. A version left out is destroyed: its
    /// pseudonyms can no longer be found from a raw id.
    /// </summary>
    public List<PseudonymisationKeyOptions> PseudonymisationKeys { get; set; } = [];

    /// <summary>IAB TCF consent gating of touchpoints.</summary>
    public ConsentOptions Consent { get; set; } = new();

    /// <summary>How long touchpoints and persons are kept.</summary>
    public RetentionOptions Retention { get; set; } = new();

    /// <summary>This tenant's request rate limit (unset: the global one).</summary>
    public TenantRateLimitOptions RateLimit { get; set; } = new();
}

public sealed class ApiKeyOptions
{
    /// <summary>The key itself (development); production may give <see cref="KeySha256"/> instead.</summary>
    public string? Key { get; set; }

    /// <summary>Hex SHA-256 of the key, so that configuration need not hold the secret.</summary>
    public string? KeySha256 { get; set; }

    /// <summary>retailer, agency or dpo.</summary>
    public string Role { get; set; } = "";
}
