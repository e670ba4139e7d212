using Okube.Actors.Gateway.Demo;
using Okube.Actors.Tests.Api.Infrastructure;

namespace Okube.Actors.Tests.Api;

/// <summary>Contract section 2: everything stored or reported is scoped to one tenant.</summary>
[Collection(SiloCollection.Name)]
public sealed class TenantIsolationTests(SiloFactory silo)
{
    private static readonly DateTimeOffset At = Journey.At(2026, 5, 20);

    [Fact]
    public async Task Tenant_sees_none_of_another_tenants_campaigns_figures_or_counts()
    {
        using var acme = silo.Client(TestTenants.Acme.RetailerKey);
        using var globex = silo.Client(TestTenants.Globex.RetailerKey);
        await globex.WaitUntilProcessedAsync();
        var globexBefore = await globex.StatusAsync();
        JourneyEvent[] events =
        [
            Journey.Touch("iso-t1", "iso-u1", At, "iso-acme", "iso-channel", cost: 7),
            Journey.Order("iso-o1", "iso-u1", At.AddHours(1), 123.45),
            Journey.Visit("iso-v1", "iso-u2", At.AddHours(2)),
        ];
        await acme.PutCampaignAsync("iso-acme-meta", "Acme only", "iso-meta-channel");
        await acme.PostSpendAsync("iso-acme-meta", [(DateOnly.FromDateTime(At.UtcDateTime), 55.0)]);

        (await acme.IngestAsync(events)).Accepted.Should().Be(3);
        await acme.WaitUntilProcessedAsync();

        var acmeCampaigns = Keys(await acme.GetReportAsync("campaigns", "linear"), "campaign");
        acmeCampaigns.Should().Contain(["iso-acme", "iso-acme-meta"], "the owner sees its own data");
        (await globex.StatusAsync()).Should().Be(globexBefore);
        foreach (var model in new[] { "linear", "last_touch" })
        {
            var campaigns = await globex.GetReportAsync("campaigns", model);
            var channels = await globex.GetReportAsync("channels", model);
            Keys(campaigns, "campaign").Should().NotContain(acmeCampaigns);
            Keys(channels, "channel").Should().NotContain(["iso-channel", "iso-meta-channel"]);
            foreach (var report in new[] { campaigns, channels })
            {
                report.GetProperty("unattributed").GetProperty("store_visits").GetDouble().Should().Be(0);
                report.GetProperty("unattributed").GetProperty("revenue").GetDouble().Should().Be(0);
            }
        }
    }

    [Fact]
    public async Task Same_event_id_is_accepted_in_each_tenant()
    {
        using var acme = silo.Client(TestTenants.Acme.RetailerKey);
        using var globex = silo.Client(TestTenants.Globex.RetailerKey);
        var globexBefore = await globex.StatusAsync();
        var touch = Journey.Touch("shared-id-1", "shared-u", At, "shared-c", "display");

        var first = await acme.IngestAsync([touch]);
        var second = await globex.IngestAsync([touch]);
        var again = await globex.IngestAsync([touch]);

        first.Should().BeEquivalentTo(new { Accepted = 1, Duplicates = 0 });
        second.Should().BeEquivalentTo(new { Accepted = 1, Duplicates = 0 });
        again.Should().BeEquivalentTo(new { Accepted = 0, Duplicates = 1 });
        (await globex.WaitUntilProcessedAsync()).Should().Be(globexBefore.Accepted + 1);
    }

    private static List<string> Keys(System.Text.Json.JsonElement report, string key) =>
        report.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty(key).GetString()!).ToList();
}
