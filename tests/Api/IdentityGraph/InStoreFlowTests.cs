using System.Security.Cryptography;
using System.Text;
using Okube.Actors.Tests.Api.Infrastructure;
using Okube.Actors.Tests.Support;

namespace Okube.Actors.Tests.Api.IdentityGraph;

/// <summary>
/// The in-store flows of the identity graph issue: an online touch credited for a purchase in
/// a store through a form email and a crm match, and a store visit credited to a mobile
/// campaign through a partner match. Each test keeps to its own month and reads only its reports.
/// </summary>
[Collection(SiloCollection.Name)]
public sealed class InStoreFlowTests(SiloFactory silo)
{
    private static readonly TestTenant Tenant = TestTenants.GraphStore;

    [Theory]
    [InlineData(false, 5)]
    [InlineData(true, 6)]
    public async Task Store_purchase_on_a_crm_id_credits_the_campaign_of_the_cookie_linked_through_the_email(
        bool reverseArrival, int month)
    {
        var tag = $"flow-a{month}";
        var day = new DateOnly(2026, month, 1);
        var at = new DateTimeOffset(2026, month, 3, 9, 0, 0, TimeSpan.Zero);
        var cookie = new WireSubject("cookie", $"{tag}-cookie");
        // The form gives the raw email; the crm match gives its SHA-256 (hex in capitals, as some systems write it).
        var email = new WireSubject("email", $"  Jane.Doe+{tag}@Example.COM ");
        var emailHash = new WireSubject("email_sha256", Convert.ToHexString(
            SHA256.HashData(Encoding.UTF8.GetBytes(email.Id.Trim().ToLowerInvariant()))));
        var crm = new WireSubject("crm", $"{tag}-CRM-1001");
        var scenario = new GraphScenario();
        scenario.Add(GraphEvents.Touch($"{tag}-t1", cookie, at, $"{tag}-newsletter", "email", cost: 4));
        scenario.Link($"{tag}-l-form", at.AddHours(1), "form", cookie, email);
        scenario.Link($"{tag}-l-crm", at.AddDays(1), "crm", emailHash, crm);
        scenario.Add(GraphEvents.Order($"{tag}-o1", crm, at.AddDays(2), 120, store: "paris-01"));
        var items = reverseArrival ? Enumerable.Reverse(scenario.Items).ToList() : scenario.Items;
        using var client = silo.Client(Tenant.RetailerKey);

        foreach (var item in items)
        {
            (await client.IngestGraphAsync([item])).Accepted.Should().Be(1);
        }
        await client.WaitUntilProcessedAsync();

        var (from, to) = (day, day.AddMonths(1).AddDays(-1));
        foreach (var model in ReferenceAttribution.Models)
        {
            var report = await client.GetReportAsync("campaigns", model, from, to);
            var row = report.GetProperty("rows").EnumerateArray().Should().ContainSingle().Subject;
            row.GetProperty("campaign").GetString().Should().Be($"{tag}-newsletter", model);
            ReportAssertions.Close(row, "conversions", 1, $"{model}: the store order is the cookie's conversion");
            ReportAssertions.Close(row, "revenue", 120, model);
            row.GetProperty("persons").GetInt32().Should().Be(1, model);
            ReportAssertions.Close(report.GetProperty("unattributed"), "conversions", 0, model);
        }
        await client.ShouldMatchReferenceAsync(scenario.Reference, from, to);
    }

    [Fact]
    public async Task Store_visit_of_an_offline_cookie_matched_by_a_partner_credits_the_mobile_devices_campaign()
    {
        const string tag = "flow-b";
        var (from, to) = (new DateOnly(2026, 7, 1), new DateOnly(2026, 7, 31));
        var at = new DateTimeOffset(2026, 7, 10, 18, 0, 0, TimeSpan.Zero);
        var device = new WireSubject("device", "6D92078A-8246-4BA4-AE5B-76104861E7DC");
        var sensor = new WireSubject("offline_cookie", $"{tag}-sensor-77");
        var stranger = new WireSubject("device", "0F1E2D3C-4B5A-6978-8796-A5B4C3D2E1F0");
        var scenario = new GraphScenario();
        scenario.Add(GraphEvents.Touch($"{tag}-t1", device, at, $"{tag}-app-install", "mobile", interaction: "impression"));
        scenario.Add(GraphEvents.Touch($"{tag}-t2", stranger, at.AddHours(1), $"{tag}-other", "mobile"));
        scenario.Add(GraphEvents.Visit($"{tag}-v1", sensor, at.AddDays(3), store: "lyon-02"));
        scenario.Link($"{tag}-l1", at.AddDays(4), "partner", sensor, device);
        using var client = silo.Client(Tenant.RetailerKey);

        // The visit and the link arrive together, the link first in the body.
        (await client.IngestGraphAsync(scenario.Items.Take(2))).Accepted.Should().Be(2);
        (await client.IngestGraphAsync(scenario.Items.Skip(2).Reverse())).Accepted.Should().Be(2);
        await client.WaitUntilProcessedAsync();

        foreach (var model in ReferenceAttribution.Models)
        {
            var report = await client.GetReportAsync("campaigns", model, from, to);
            var row = report.GetProperty("rows").EnumerateArray().Should().ContainSingle().Subject;
            row.GetProperty("campaign").GetString().Should().Be($"{tag}-app-install", model);
            ReportAssertions.Close(row, "store_visits", 1, $"{model}: the visit is the device's");
            row.GetProperty("persons").GetInt32().Should().Be(1, model);
            ReportAssertions.Close(report.GetProperty("unattributed"), "store_visits", 0, model);
        }
        await client.ShouldMatchReferenceAsync(scenario.Reference, from, to);
    }
}
