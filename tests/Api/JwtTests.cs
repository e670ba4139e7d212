using System.Net;
using Okube.Actors.Tests.Api.Infrastructure;

namespace Okube.Actors.Tests.Api;

/// <summary>
/// JWT bearer tokens beside API keys (the host sets a signing key, audience and issuer): the
/// token's okube_tenant and role decide as a key's tenant and role do.
/// </summary>
[Collection(SiloCollection.Name)]
public sealed class JwtTests(SiloFactory silo)
{
    private static readonly TestTenant Tenant = TestTenants.Ingest;
    private const string Touch =
        """{"id":"jwt-t1","type":"touchpoint","occurred_at":"2026-10-01T12:00:00Z","subject":{"kind":"cookie","id":"jwt-u"},"channel":"display","interaction":"click"}""";
    private const string Order =
        """{"id":"jwt-o1","type":"transaction","occurred_at":"2026-10-01T13:00:00Z","subject":{"kind":"cookie","id":"jwt-u"},"order_id":"o","amount":5,"currency":"EUR"}""";

    [Fact]
    public async Task A_tokens_tenant_and_role_decide_what_it_may_do()
    {
        using var agency = silo.Client(TestTokens.Create(Tenant.Name, "agency"));
        using var dpo = silo.Client(TestTokens.Create(Tenant.Name, "dpo", subject: "dpo-jwt-7"));

        var outcome = await agency.IngestAsync(Touch + "\n" + Order);

        outcome.Accepted.Should().Be(1, "an agency sends touchpoints");
        outcome.Rejected.Should().ContainSingle().Which.Error.Should().Contain("agency");
        using (var report = await agency.GetAsync("/v1/reports/campaigns?model=linear"))
        {
            await report.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        }
        using (var erasure = await dpo.DeleteAsync("/v1/subjects/cookie/jwt-u"))
        {
            erasure.StatusCode.Should().Be(HttpStatusCode.Accepted);
        }
        var audit = await dpo.GetJsonAsync("/v1/privacy/audit?limit=1");
        audit.GetProperty("entries")[0].GetProperty("actor").GetString().Should().Be("jwt:dpo-jwt-7");
        using var retailer = silo.Client(TestTokens.Create(Tenant.Name, "retailer"));
        using var key = silo.Client(Tenant.RetailerKey);
        (await retailer.StatusAsync()).Accepted.Should().Be((await key.StatusAsync()).Accepted, "the token's tenant is the key's");
    }

    public static TheoryData<string, string> BadTokens => new()
    {
        { "signed with another key", TestTokens.Create("ingest", "retailer", signingKey: "another-signing-key-of-at-least-32-bytes!") },
        { "for another audience", TestTokens.Create("ingest", "retailer", audience: "someone-else") },
        { "from another issuer", TestTokens.Create("ingest", "retailer", issuer: "someone-else") },
        { "expired", TestTokens.Create("ingest", "retailer", expires: DateTime.UtcNow.AddHours(-1)) },
        { "without a tenant", TestTokens.Create(null, "retailer") },
        { "of a tenant not configured", TestTokens.Create("nobody", "retailer") },
        { "without a role", TestTokens.Create("ingest", null) },
        { "of an unknown role", TestTokens.Create("ingest", "admin") },
        { "cut short", TestTokens.Create("ingest", "retailer")[..^4] },
    };

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task A_token_that_does_not_hold_is_401_problem(string what, string token)
    {
        using var client = silo.Client(token);

        using var response = await client.GetAsync("/v1/pipeline/status");

        (await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized)).GetProperty("status").GetInt32().Should().Be(401, what);
    }

    [Theory]
    [InlineData(null, "a-signing-key-of-at-least-32-bytes-long")]
    [InlineData("api", "too-short")]
    public void Jwt_settings_without_an_audience_or_with_a_short_key_stop_start_up(string? audience, string signingKey)
    {
        var failure = GatewayOptions.Failure(new()
        {
            ["Okube:Jwt:SigningKey"] = signingKey,
            ["Okube:Jwt:Audience"] = audience,
        });

        failure.Should().NotBeNull();
        failure!.Message.Should().Contain("Okube:Jwt");
    }
}
