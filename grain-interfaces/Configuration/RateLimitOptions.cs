namespace Okube.Actors.Configuration;

/// <summary>
/// "Okube:RateLimit": request rate limits of the HTTP API. Each tenant has a token bucket
/// (its own size and rate, else these); requests without credentials get one per client IP.
/// </summary>
public sealed class RateLimitOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>Refill rate of a bucket, requests per second (may be below 1).</summary>
    public double PermitsPerSecond { get; set; } = 200;

    /// <summary>Size of a bucket: how many requests may arrive at once.</summary>
    public int Burst { get; set; } = 400;
}

/// <summary>"Okube:Tenants:{t}:RateLimit": a tenant's own bucket; unset values are the global ones.</summary>
public sealed class TenantRateLimitOptions
{
    public double? PermitsPerSecond { get; set; }

    public int? Burst { get; set; }
}
