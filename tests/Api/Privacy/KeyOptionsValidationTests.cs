using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Okube.Actors.Configuration;
using Okube.Actors.Gateway.Hosting;

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
        var failure = Failure(new Dictionary<string, string?>
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
        var failure = Failure(new Dictionary<string, string?>
        {
            [Acme + "PseudonymisationKeys:0:Version"] = "1",
            [Acme + "PseudonymisationKeys:0:Secret"] = "old",
            [Acme + "PseudonymisationKeys:1:Version"] = "2",
            [Acme + "PseudonymisationKeys:1:Secret"] = "new",
            ["Okube:Tenants:globex:PseudonymisationSecret"] = "alone",
        });

        failure.Should().BeNull();
    }

    /// <summary>Binds the settings (null: unset) as the gateway does and reads the options; the validation failure, if any.</summary>
    private static OptionsValidationException? Failure(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Where(s => s.Value is not null))
            .Build();
        using var services = new ServiceCollection().AddLogging().AddOkubeGateway(configuration).BuildServiceProvider();
        try
        {
            _ = services.GetRequiredService<IOptions<OkubeOptions>>().Value;
            return null;
        }
        catch (OptionsValidationException e)
        {
            return e;
        }
    }
}
