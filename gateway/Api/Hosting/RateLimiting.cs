using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Okube.Actors.Gateway.Auth;

namespace Okube.Actors.Gateway.Hosting;

/// <summary>
/// A token bucket per tenant (all its keys and tokens share it), and per client IP for
/// requests without credentials. Rejections are 429 problem details with Retry-After.
/// </summary>
public static class RateLimiting
{
    public static IServiceCollection AddOkubeRateLimiting(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<OkubeOptions>>((limiter, okube) =>
        {
            var options = okube.Value;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context, options));
            limiter.OnRejected = RejectAsync;
        });
        return services;
    }

    /// <summary>Limits requests after authentication (the tenant is known) and before authorization.</summary>
    public static WebApplication UseOkubeRateLimiting(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<OkubeOptions>>().Value.RateLimit.Enabled)
        {
            app.UseRateLimiter();
        }
        return app;
    }

    private static RateLimitPartition<string> Partition(HttpContext context, OkubeOptions options)
    {
        var global = options.RateLimit;
        if (context.User.FindFirstValue(TenantClaims.Tenant) is { } tenant)
        {
            var own = options.Tenants.GetValueOrDefault(tenant)?.RateLimit;
            var rate = own?.PermitsPerSecond ?? global.PermitsPerSecond;
            var burst = own?.Burst ?? global.Burst;
            return RateLimitPartition.GetTokenBucketLimiter("tenant:" + tenant, _ => Bucket(rate, burst));
        }
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetTokenBucketLimiter("ip:" + address, _ => Bucket(global.PermitsPerSecond, global.Burst));
    }

    /// <summary>
    /// A full bucket of <paramref name="burst"/> tokens refilled at <paramref name="permitsPerSecond"/>:
    /// whole tokens each second at 1 or more a second (the rate rounded), else one token every 1/rate seconds.
    /// </summary>
    public static TokenBucketRateLimiterOptions Bucket(double permitsPerSecond, int burst) => new()
    {
        TokenLimit = burst,
        TokensPerPeriod = permitsPerSecond >= 1 ? (int)Math.Round(permitsPerSecond) : 1,
        ReplenishmentPeriod = permitsPerSecond >= 1 ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(1 / permitsPerSecond),
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        var seconds = Math.Max(1, (long)Math.Ceiling(retryAfter.TotalSeconds));
        rejected.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await Problems.Write(rejected.HttpContext, StatusCodes.Status429TooManyRequests, "Too many requests",
            $"This tenant's request rate limit is reached; retry after {seconds} s.");
    }
}
