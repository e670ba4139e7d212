using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Okube.Actors.Tests.Api.Infrastructure;

namespace Okube.Actors.Tests.Api.Privacy;

/// <summary>
/// Contract section 6, pseudonymisation: a raw email is normalised and hashed at the edge, meets
/// its email_sha256 twin as one person, and appears in no export, stored grain state or log line.
/// </summary>
[Collection(SiloCollection.Name)]
public sealed class RawIdentifierTests(SiloFactory silo)
{
    private const string RawEmail = "  Alice.Rawmail@Example.COM ";
    private const string Needle = "alice.rawmail";

    [Fact]
    public async Task A_raw_email_reaches_the_person_of_its_hash_and_is_never_stored_logged_or_exported()
    {
        var tenant = TestTenants.RawIds;
        using var retailer = silo.Client(tenant.RetailerKey);
        using var dpo = silo.Client(tenant.DpoKey);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(RawEmail.Trim().ToLowerInvariant())));
        var body = $$"""
            {"id":"raw-t1","type":"touchpoint","occurred_at":"2026-08-01T10:00:00Z","subject":{"kind":"email","id":"{{RawEmail}}"},"channel":"email","interaction":"click","campaign":"raw-campaign"}
            {"id":"raw-o1","type":"transaction","occurred_at":"2026-08-01T12:00:00Z","subject":{"kind":"email_sha256","id":"{{hash.ToUpperInvariant()}}"},"order_id":"raw-order","amount":70,"currency":"EUR"}
            {"id":"raw-bad","type":"touchpoint","occurred_at":"2026-08-01T12:00:00Z","subject":{"kind":"e-mail","id":"{{RawEmail}}"},"channel":"email","interaction":"click"}
            """;

        var outcome = await retailer.IngestAsync(body);
        await retailer.WaitUntilProcessedAsync();

        outcome.Accepted.Should().Be(2);
        outcome.Rejected.Should().ContainSingle().Which.Error.Should().NotContainEquivalentOf(Needle, "errors name the problem, not the id");
        var row = (await retailer.GetReportAsync("campaigns", "linear")).GetProperty("rows").EnumerateArray().Should().ContainSingle().Subject;
        row.GetProperty("campaign").GetString().Should().Be("raw-campaign");
        row.GetProperty("revenue").GetDouble().Should().Be(70, "the order under the hash is the same person as the touch under the raw email");

        var export = (await dpo.GetJsonAsync($"/v1/subjects/email/{Uri.EscapeDataString(RawEmail.Trim())}")).ToString();
        export.Should().Contain("raw-t1").And.Contain("raw-o1").And.NotContainEquivalentOf(Needle).And.NotContain(hash);

        // Write every grain's state out, as deactivation does.
        var management = silo.Services.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0);
        await management.ForceActivationCollection(TimeSpan.Zero);
        silo.StoredStates.AnyContains("raw-campaign").Should().BeTrue("the person's state was written, so the search below means something");
        silo.StoredStates.AnyContains(Needle).Should().BeFalse();
        silo.StoredStates.AnyContains(RawEmail.Trim()).Should().BeFalse();
        silo.StoredStates.AnyContains(hash).Should().BeFalse("even the plain hash of the email is keyed before it is stored");
        silo.Logs.Count.Should().BeGreaterThan(0);
        silo.Logs.AnyContains(Needle).Should().BeFalse();
    }
}
