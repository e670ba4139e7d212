using Okube.Actors.Tests.Api.Infrastructure;

namespace Okube.Actors.Tests.Api.Privacy;

/// <summary>Pseudonymisation keys that cannot be meant stop start-up with a message naming the configuration key.</summary>
public sealed class KeyOptionsValidationTests
{
    private const string Acme = "Okube:Tenants:acme:";

    [Theory]
    [InlineData("PseudonymisationKeys:0:Version", "0", "s")]
    [InlineData("PseudonymisationKeys:0:Version", "-2", "s")]
    [InlineData("PseudonymisationKeys:0:Secret", "1", "")]
    [InlineData("PseudonymisationKeys:0:Secret", "1", "   ")]
    [InlineData("PseudonymisationKeys:1:Version", "2", "s", "2", "t")]
    [InlineData("PseudonymisationKeys:1:Secret", "2", "s", "1", null)]
    [InlineData("PseudonymisationSecret", "2", "s", null, null, "old")]
    public void A_key_that_cannot_be_meant_fails_naming_its_path(string path, string version, string secret,
        string? secondVersion = null, string? secondSecret = null, string? pseudonymisationSecret = null)
    {
        var failure = GatewayOptions.Failure(new Dictionary<string, string?>
        {
            [Acme + "PseudonymisationKeys:0:Version"] = version,
            [Acme + "PseudonymisationKeys:0:Secret"] = secret,
            [Acme + "PseudonymisationKeys:1:Version"] = secondVersion,
            [Acme + "PseudonymisationKeys:1:Secret"] = secondSecret,
            [Acme + "PseudonymisationSecret"] = pseudonymisationSecret,
        });

        failure.Should().NotBeNull();
        failure!.Failures.Should().ContainSingle().Which.Should().StartWith(Acme + path);
    }

    [Fact]
    public void Distinct_versions_with_secrets_pass()
    {
        var failure = GatewayOptions.Failure(new Dictionary<string, string?>
        {
            [Acme + "PseudonymisationKeys:0:Version"] = "1",
            [Acme + "PseudonymisationKeys:0:Secret"] = "old",
            [Acme + "PseudonymisationKeys:1:Version"] = "2",
            [Acme + "PseudonymisationKeys:1:Secret"] = "new",
            ["Okube:Tenants:globex:PseudonymisationSecret"] = "alone",
        });

        failure.Should().BeNull();
    }
}
