using Okube.Actors.Configuration;

namespace Okube.Actors.Tests.Api.Privacy;

/// <summary>
/// Pseudonyms computed by the code before key versions existed: a deployment that only sets
/// PseudonymisationSecret (or moves it into PseudonymisationKeys as version 1) must keep
/// meeting its stored subjects.
/// </summary>
public sealed class PseudonymStabilityTests
{
    private const string Tenant = "pinned";

    public static TheoryData<string, string, string> Pinned => new()
    {
        { "cookie", "c-123", "P-QZl5mPwfKWHl6_5Kw3Lg" },
        { "email", " Jane.Doe@Example.com ", "OGY673y_UNPatRYbs04ZEA" },
        { "crm", "crm-9", "ksbwITSGDFwQUHvegrJ78g" },
    };

    [Theory]
    [MemberData(nameof(Pinned))]
    public void A_tenant_with_only_a_secret_keeps_its_pseudonyms(string kind, string rawId, string pinned)
    {
        var pseudonymiser = Pseudonyms.Of(new TenantOptions { PseudonymisationSecret = "pin-secret" }, Tenant);

        Pseudonyms.Current(pseudonymiser, Tenant, kind, rawId).Id.Should().Be(pinned);
    }

    [Theory]
    [MemberData(nameof(Pinned))]
    public void The_secret_moved_into_the_key_list_as_version_1_keeps_its_pseudonyms(string kind, string rawId, string pinned)
    {
        var pseudonymiser = Pseudonyms.Of(Tenant, new PseudonymisationKeyOptions { Version = 1, Secret = "pin-secret" });

        Pseudonyms.Current(pseudonymiser, Tenant, kind, rawId).Id.Should().Be(pinned);
    }

    [Fact]
    public void A_tenant_without_a_secret_keeps_its_local_only_pseudonyms()
    {
        var pseudonymiser = Pseudonyms.Of(new TenantOptions(), Tenant);

        Pseudonyms.Current(pseudonymiser, Tenant, "device", "d-1").Id.Should().Be("h7LN_3Qo5VHW1e6P89-Jnw");
    }
}
