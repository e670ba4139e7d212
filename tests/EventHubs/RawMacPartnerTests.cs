using Microsoft.Extensions.Logging.Abstractions;
using Okube.Actors.Gateway.Privacy;

namespace Okube.Actors.Tests.EventHubs;

/// <summary>Partner events naming a raw MAC: the silo fetches the day's MAC key before validating them.</summary>
[Collection(EventHubCollection.Name)]
public sealed class RawMacPartnerTests(EventHubClusterFixture fixture)
{
    private readonly IClusterClient client = fixture.Client;

    [Fact]
    public async Task Partner_touchpoints_of_one_raw_mac_meet_on_the_days_offline_cookie()
    {
        var tenant = fixture.NewTenant();
        using var malformed = new MalformedCounter();
        string[] spellings = ["AA:BB:CC:00:11:22", "aa-bb-cc-00-11-22"];
        var touches = spellings.Select((mac, i) => new Dictionary<string, object?>
        {
            ["id"] = $"mac-touch-{i}",
            ["type"] = "touchpoint",
            ["occurred_at"] = "2026-01-05T10:00:00Z",
            ["subject"] = new Dictionary<string, object?> { ["kind"] = "mac", ["id"] = mac },
            ["channel"] = "wifi",
            ["interaction"] = "visit",
        }).ToList();

        fixture.Hub.SendPartner(PartnerPayloads.Encode(touches), "mac", tenant);
        await Eventually.ProcessedAsync(client, tenant, touches.Count);

        var subject = await TodaysPseudonymAsync(tenant, spellings[0]);
        var summary = await client.GetGrain<IIdentityGrain>(GrainKeys.Identity(tenant, subject.OwnPersonKey)).GetSummaryAsync();
        summary.Should().Be(new IdentitySummary(touches.Count, 0, Subjects: 1, ForwardTo: null));
        malformed.Of(tenant).Should().Be(0);
    }

    /// <summary>The pseudonym a gateway of this cluster gives the MAC today (the cluster's key of the day).</summary>
    private async Task<SubjectKey> TodaysPseudonymAsync(string tenant, string mac)
    {
        var gateway = new SubjectPseudonymiser(Microsoft.Extensions.Options.Options.Create(TestTenants.Options()),
            new DailyMacKeys(client, TimeProvider.System), NullLogger<SubjectPseudonymiser>.Instance);
        await gateway.EnsureDailyMacKeyAsync(tenant, CancellationToken.None);
        return gateway.TryPseudonymise(tenant, "mac", mac, out var subject, out var error)
            ? subject
            : throw new InvalidOperationException(error);
    }
}
