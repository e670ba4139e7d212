using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Okube.Actors.Configuration;
using Okube.Actors.Gateway.Privacy;

namespace Okube.Actors.Tests.Api.Privacy;

/// <summary>
/// Pseudonyms computed by the code before key versions existed: a deployment that only sets
/// PseudonymisationSecret must keep meeting its stored subjects.
/// </summary>
public sealed class PseudonymStabilityTests
{
    [Theory]
    [InlineData("cookie", "c-123", "P-QZl5mPwfKWHl6_5Kw3Lg")]
    [InlineData("email", " Jane.Doe@Example.com ", "OGY673y_UNPatRYbs04ZEA")]
    [InlineData("crm", "crm-9", "ksbwITSGDFwQUHvegrJ78g")]
    public void A_tenant_with_only_a_secret_keeps_its_pseudonyms(string kind, string rawId, string pinned)
    {
        var options = new OkubeOptions();
        options.Tenants["pinned"] = new TenantOptions { PseudonymisationSecret = "pin-secret" };

        Pseudonymiser(options).TryPseudonymise("pinned", kind, rawId, out var subject, out var error).Should().BeTrue(error);

        subject.Id.Should().Be(pinned);
    }

    [Fact]
    public void A_tenant_without_a_secret_keeps_its_local_only_pseudonyms()
    {
        var options = new OkubeOptions();
        options.Tenants["pinned"] = new TenantOptions();

        Pseudonymiser(options).TryPseudonymise("pinned", "device", "d-1", out var subject, out var error).Should().BeTrue(error);

        subject.Id.Should().Be("h7LN_3Qo5VHW1e6P89-Jnw");
    }

    private static SubjectPseudonymiser Pseudonymiser(OkubeOptions options) =>
        new(Options.Create(options), TimeProvider.System, NullLogger<SubjectPseudonymiser>.Instance);
}
