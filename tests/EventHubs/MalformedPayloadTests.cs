namespace Okube.Actors.Tests.EventHubs;

/// <summary>Bad input is counted, logged and skipped; it never stalls its partition.</summary>
[Collection(EventHubCollection.Name)]
public sealed class MalformedPayloadTests(EventHubClusterFixture fixture)
{
    private static readonly DateTime Noon = new(2026, 3, 20, 12, 0, 0, DateTimeKind.Utc);
    private readonly IClusterClient client = fixture.Client;

    private static Dictionary<string, object?> Touch(string id, string subjectId, string interaction = "click") => new()
    {
        ["id"] = id,
        ["type"] = "touchpoint",
        ["occurred_at"] = Noon.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
        ["subject"] = PartnerPayloads.Subject("cookie", subjectId),
        ["channel"] = "display",
        ["interaction"] = interaction,
        ["campaign"] = "c01",
    };

    [Fact]
    public async Task Garbage_and_invalid_events_are_counted_and_skipped_and_later_events_of_the_partition_arrive()
    {
        var tenant = fixture.NewTenant();
        using var malformed = new MalformedCounter();
        const string key = "cookie:mal-1";
        Dictionary<string, object?> Good(int n) => Touch($"{tenant}-good-{n}", "mal-1");

        fixture.Hub.SendPartner("not MessagePack at all"u8.ToArray(), key, tenant);
        fixture.Hub.SendPartner(PartnerPayloads.Encode([Touch($"{tenant}-bad", "mal-1", interaction: "wink"), Good(1)]), key, tenant);
        var sale = new Dictionary<string, object?>
        {
            ["id"] = $"{tenant}-sale", ["type"] = "transaction", ["occurred_at"] = "2026-03-20T13:00:00Z",
            ["subject"] = PartnerPayloads.Subject("cookie", "mal-1"), ["order_id"] = "o-1", ["amount"] = 10.0, ["currency"] = "EUR",
        };
        fixture.Hub.SendPartner(PartnerPayloads.Encode([sale, Good(2)]), key, tenant);
        fixture.Hub.SendPartner(PartnerPayloads.Encode([Good(3), Good(4)]), key, tenant);

        await Eventually.ProcessedAsync(client, tenant, 4);
        malformed.Of(tenant, "payload").Should().Be(1, "the garbage body");
        malformed.Of(tenant, "event").Should().Be(2, "the unknown interaction and the agency's transaction");
        var subject = TestTenants.Subject(tenant, "cookie", "mal-1");
        var summary = await client.GetGrain<IIdentityGrain>(GrainKeys.Identity(tenant, subject.OwnPersonKey)).GetSummaryAsync();
        summary.Should().Be(new IdentitySummary(4, 0, 1, null), "the four good touches, and nothing else, arrived");
    }

    [Fact]
    public async Task A_payload_may_hold_events_of_several_subjects_each_reaching_its_own()
    {
        var tenant = fixture.NewTenant();
        using var malformed = new MalformedCounter();
        fixture.Hub.SendPartner(PartnerPayloads.Encode(
            [Touch($"{tenant}-a1", "multi-a"), Touch($"{tenant}-b1", "multi-b"), Touch($"{tenant}-a2", "multi-a"), Touch($"{tenant}-a1", "multi-a")]),
            "cookie:multi-a", tenant);

        await Eventually.ProcessedAsync(client, tenant, 3);
        foreach (var (id, touches) in new[] { ("multi-a", 2), ("multi-b", 1) })
        {
            var subject = TestTenants.Subject(tenant, "cookie", id);
            (await client.GetGrain<IIdentityGrain>(GrainKeys.Identity(tenant, subject.OwnPersonKey)).GetSummaryAsync())
                .Should().Be(new IdentitySummary(touches, 0, 1, null), id);
        }
        malformed.Of(tenant).Should().Be(0, "a repeated id is a duplicate, not an error");
    }

    [Fact]
    public async Task Event_data_without_a_configured_tenant_is_counted_and_skipped()
    {
        var tenant = fixture.NewTenant();
        using var malformed = new MalformedCounter();
        byte[] Body(string id) => PartnerPayloads.Encode([Touch(id, "ok-1")]);

        fixture.Hub.SendPartner(Body($"{tenant}-1"), "cookie:ok-1", tenant: "nobody");
        fixture.Hub.SendPartner(Body($"{tenant}-2"), "cookie:ok-1", tenant: null);
        fixture.Hub.SendPartner(Body($"{tenant}-3"), "cookie:ok-1", tenant);

        await Eventually.ProcessedAsync(client, tenant, 1);
        malformed.Of("unknown", "payload").Should().Be(2, "an unconfigured tenant and a missing one (no default tenant here)");
        var subject = TestTenants.Subject(tenant, "cookie", "ok-1");
        (await client.GetGrain<IIdentityGrain>(GrainKeys.Identity(tenant, subject.OwnPersonKey)).GetSummaryAsync())
            .Touchpoints.Should().Be(1, "only the event data of a configured tenant counted");
    }
}
