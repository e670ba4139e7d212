using System.Net;
using Okube.Actors.Tests.Api.Infrastructure;

namespace Okube.Actors.Tests.Api;

/// <summary>
/// Per-tenant token buckets: tenant "limited" has 3 requests and gets one more every 1000 s,
/// the others the generous default. The only test that spends "limited"'s bucket.
/// </summary>
[Collection(SiloCollection.Name)]
public sealed class RateLimitTests(SiloFactory silo)
{
    private static readonly TestTenant Limited = TestTenants.Limited;

    [Fact]
    public async Task A_tenant_over_its_limit_gets_429_with_retry_after_while_other_tenants_and_health_are_served()
    {
        using var retailer = silo.Client(Limited.RetailerKey);
        using var agency = silo.Client(Limited.AgencyKey);
        using var other = silo.Client(TestTenants.Acme.RetailerKey);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await retailer.GetAsync("/v1/pipeline/status");
            statuses.Add(response.StatusCode);
        }

        statuses.Should().Equal(
            HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests);
        using (var rejected = await agency.GetAsync("/v1/pipeline/status"))
        {
            await rejected.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
            rejected.Headers.RetryAfter.Should().NotBeNull("the tenant's other keys share its bucket");
            var seconds = rejected.Headers.RetryAfter!.Delta!.Value.TotalSeconds;
            seconds.Should().BeInRange(1, 1000, "one token comes every 1000 s");
        }
        using (var health = await retailer.GetAsync("/health/live"))
        {
            health.StatusCode.Should().Be(HttpStatusCode.OK, "health checks are never limited");
        }
        for (var i = 0; i < 10; i++)
        {
            using var response = await other.GetAsync("/v1/pipeline/status");
            response.StatusCode.Should().Be(HttpStatusCode.OK, "another tenant has a bucket of its own");
        }
    }

    [Theory]
    [InlineData(200, 400, 200, 1.0)]
    [InlineData(2.4, 5, 2, 1.0)]
    [InlineData(0.5, 3, 1, 2.0)]
    [InlineData(0.001, 3, 1, 1000.0)]
    public void A_rate_becomes_whole_tokens_a_second_or_one_token_every_1_over_rate_seconds(
        double rate, int burst, int tokens, double seconds)
    {
        var bucket = Okube.Actors.Gateway.Hosting.RateLimiting.Bucket(rate, burst);

        bucket.TokenLimit.Should().Be(burst);
        bucket.TokensPerPeriod.Should().Be(tokens);
        bucket.ReplenishmentPeriod.TotalSeconds.Should().BeApproximately(seconds, 1e-6);
        bucket.QueueLimit.Should().Be(0, "a request over the limit is answered at once, not held");
    }
}
