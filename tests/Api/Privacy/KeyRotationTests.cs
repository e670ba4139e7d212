using Okube.Actors.Configuration;
using Okube.Actors.Gateway.Privacy;

namespace Okube.Actors.Tests.Api.Privacy;

/// <summary>Key versions: the newest pseudonymises, every configured one is searched, a removed one is gone.</summary>
public sealed class KeyRotationTests
{
    private const string Tenant = "rotating";

    [Fact]
    public void New_events_are_pseudonymised_under_the_highest_version_whatever_the_order_of_the_list()
    {
        var pseudonymiser = Pseudonyms.Of(Tenant, Key(1, "first-secret"), Key(3, "third-secret"), Key(2, "second-secret"));

        var subject = Pseudonyms.Current(pseudonymiser, Tenant, "cookie", "c-1");

        subject.Id.Should().StartWith("v3.");
        subject.Should().Be(Pseudonyms.Current(Pseudonyms.Of(Tenant, Key(3, "third-secret")), Tenant, "cookie", "c-1"));
    }

    [Fact]
    public void Candidates_hold_the_pseudonym_of_every_version_newest_first()
    {
        var pseudonymiser = Pseudonyms.Of(Tenant, Key(1, "first-secret"), Key(2, "second-secret"));
        var underV1Only = Pseudonyms.Current(Pseudonyms.Of(Tenant, Key(1, "first-secret")), Tenant, "email", "Ann@Example.com");

        pseudonymiser.TryGetCandidatePseudonyms(Tenant, "email", "Ann@Example.com", out var candidates, out var error)
            .Should().BeTrue(error);

        candidates.Should().Equal(Pseudonyms.Current(pseudonymiser, Tenant, "email", "Ann@Example.com"), underV1Only);
        candidates[0].Id.Should().StartWith("v2.");
    }

    [Fact]
    public void A_version_removed_from_configuration_no_longer_finds_its_pseudonyms()
    {
        var before = Pseudonyms.Of(Tenant, Key(1, "first-secret"), Key(2, "second-secret"));
        var after = Pseudonyms.Of(Tenant, Key(2, "second-secret"));
        before.TryGetCandidatePseudonyms(Tenant, "crm", "crm-7", out var was, out _).Should().BeTrue();

        after.TryGetCandidatePseudonyms(Tenant, "crm", "crm-7", out var now, out var error).Should().BeTrue(error);

        now.Should().Equal(was[0]);
        now.Should().NotContain(was[1]);
    }

    [Fact]
    public void Version_1_in_the_list_keeps_the_pseudonyms_of_the_same_secret_set_alone()
    {
        var alone = Pseudonyms.Of(new TenantOptions { PseudonymisationSecret = "kept-secret" }, Tenant);
        var listed = Pseudonyms.Of(Tenant, Key(1, "kept-secret"));

        Pseudonyms.Current(listed, Tenant, "device", "d-9").Should().Be(Pseudonyms.Current(alone, Tenant, "device", "d-9"));
    }

    [Theory]
    [InlineData("fax", "f-1", "subject kind 'fax' is not one of")]
    [InlineData("email_sha256", "not-a-hash", "email_sha256 must be 64 hexadecimal characters")]
    public void Candidates_refuse_what_pseudonymising_refuses_with_the_same_error(string kind, string rawId, string expected)
    {
        var pseudonymiser = Pseudonyms.Of(Tenant, Key(1, "first-secret"), Key(2, "second-secret"));
        pseudonymiser.TryPseudonymise(Tenant, kind, rawId, out _, out var pseudonymiseError).Should().BeFalse();

        pseudonymiser.TryGetCandidatePseudonyms(Tenant, kind, rawId, out var candidates, out var error).Should().BeFalse();

        error.Should().StartWith(expected).And.Be(pseudonymiseError);
        candidates.Should().BeEmpty();
    }

    [Fact]
    public void Candidates_of_a_raw_mac_are_refused()
    {
        var pseudonymiser = Pseudonyms.Of(Tenant, Key(1, "first-secret"));

        pseudonymiser.TryGetCandidatePseudonyms(Tenant, "mac", "AA:BB:CC:DD:EE:FF", out var candidates, out var error)
            .Should().BeFalse();

        error.Should().Contain("mac");
        candidates.Should().BeEmpty();
    }

    private static PseudonymisationKeyOptions Key(int version, string secret) => new() { Version = version, Secret = secret };
}
