using Okube.Actors.Gateway.Auth;
using Okube.Actors.Tests.Api.Infrastructure;

namespace Okube.Actors.Tests.Api;

/// <summary>Contract section 2: keys configured as themselves or as their SHA-256, each naming one tenant and role.</summary>
public sealed class ApiKeyTests
{
    private const string Acme = "Okube:Tenants:acme:ApiKeys:";
    private const string Globex = "Okube:Tenants:globex:ApiKeys:";

    private static ApiKeyDirectory Directory(Dictionary<string, string?> settings) => new(GatewayOptions.Bind(settings));

    [Fact]
    public void A_key_configured_by_its_hash_or_as_itself_resolves_to_its_tenant_and_role()
    {
        var directory = Directory(new()
        {
            [Acme + "0:KeySha256"] = ApiKeyDirectory.HashOf("hashed-secret").ToUpperInvariant(),
            [Acme + "0:Role"] = "dpo",
            [Globex + "0:Key"] = "plain-secret",
            [Globex + "0:Role"] = "agency",
        });

        directory.TryResolve("hashed-secret", out var tenant, out var role).Should().BeTrue();
        (tenant, role).Should().Be(("acme", "dpo"));
        directory.TryResolve("plain-secret", out tenant, out role).Should().BeTrue();
        (tenant, role).Should().Be(("globex", "agency"));
        directory.TryResolve("hashed-secreT", out _, out _).Should().BeFalse();
        directory.TryResolve(ApiKeyDirectory.HashOf("hashed-secret"), out _, out _).Should().BeFalse("the hash is not the key");
        directory.TryResolve("", out _, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("KeySha256", "abc123", "not 64 hex digits")]
    [InlineData("KeySha256", "zz5e0a3e9cdbd07dd1c0d1f5d9c0a09e0e9be3f3e2f5d0e8c4a1b2c3d4e5f6a7b8", "not hex")]
    [InlineData("Key", "shared", "the same key twice")]
    public void A_key_that_cannot_be_meant_stops_start_up(string field, string value, string why)
    {
        var failure = GatewayOptions.Failure(new()
        {
            [Acme + "0:Key"] = "shared",
            [Acme + "0:Role"] = "retailer",
            [Globex + "0:" + field] = value,
            [Globex + "0:Role"] = "retailer",
        });

        failure.Should().NotBeNull(why);
        failure!.Message.Should().Contain("ApiKeys", why);
    }
}
