using Okube.Actors.Gateway.Demo;
using Okube.Actors.Tests.Api.Infrastructure;
using Okube.Actors.Tests.Support;

namespace Okube.Actors.Tests.Api.IdentityGraph;

/// <summary>
/// MaxSubjectsPerPerson (3 for this tenant): a link that would give a person more subjects is
/// refused, whatever the persons it joins, yet counts as an accepted and processed event.
/// Links are sent one at a time, each processed before the next, so which one comes last is known.
/// </summary>
[Collection(SiloCollection.Name)]
public sealed class SubjectCapTests(SiloFactory silo)
{
    private static readonly TestTenant Tenant = TestTenants.GraphCap;

    [Fact]
    public async Task Link_that_would_give_a_person_more_subjects_than_the_cap_is_refused_and_still_counted()
    {
        var at = new DateTimeOffset(2026, 8, 3, 10, 0, 0, TimeSpan.Zero);
        var (from, to) = (new DateOnly(2026, 8, 1), new DateOnly(2026, 8, 31));
        var cookie = new WireSubject("cookie", "cap-cookie");
        var email = new WireSubject("email", "cap.person@shop.example");
        var crm = new WireSubject("crm", "cap-crm-1");
        var device = new WireSubject("device", "cap-device-1");
        var sensor = new WireSubject("offline_cookie", "cap-sensor-1");
        var scenario = new GraphScenario();
        scenario.Add(GraphEvents.Touch("cap-t-cookie", cookie, at, "cap-web", "display"));
        scenario.Add(GraphEvents.Touch("cap-t-device", device, at.AddHours(2), "cap-app", "mobile"));
        scenario.Add(GraphEvents.Order("cap-o-crm", crm, at.AddDays(1), 80, store: "paris-01"));
        scenario.Add(GraphEvents.Order("cap-o-device", device, at.AddDays(2), 30));
        scenario.Add(GraphEvents.Visit("cap-v-sensor", sensor, at.AddDays(3)));
        using var client = silo.Client(Tenant.RetailerKey);
        (await client.IngestGraphAsync(scenario.Items)).Accepted.Should().Be(5);
        await client.WaitUntilProcessedAsync();

        // cookie + email + crm: 3 subjects, at the cap.
        await SendAsync(client, scenario.Link("cap-l1", at, "form", cookie, email));
        await SendAsync(client, scenario.Link("cap-l2", at, "crm", email, crm));
        // A fourth subject: refused, so the store order keeps only the web campaign's touch.
        await SendAsync(client, scenario.RefusedLink("cap-l3", at, "partner", crm, device));
        // The device's person is not the capped one: device + sensor (2 subjects) is fine.
        await SendAsync(client, scenario.Link("cap-l4", at, "partner", sensor, device));
        // 3 + 2 subjects: refused, even though each side is under the cap.
        await SendAsync(client, scenario.RefusedLink("cap-l5", at, "login", sensor, cookie));
        var status = await client.StatusAsync();

        status.Should().Be((10L, 10L), "5 events and 5 links were accepted, refused links included, and all processed");
        scenario.Reference.Links.Should().HaveCount(3);
        var report = await client.GetReportAsync("campaigns", "linear", from, to);
        var rows = report.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("campaign").GetString()!);
        rows.Keys.Should().BeEquivalentTo("cap-web", "cap-app");
        ReportAssertions.Close(rows["cap-web"], "revenue", 80, "the store order is credited to the web touch only");
        ReportAssertions.Close(rows["cap-app"], "revenue", 30, "the device's own order");
        ReportAssertions.Close(rows["cap-app"], "store_visits", 1, "the sensor's visit, through the accepted partner link");
        await client.ShouldMatchReferenceAsync(scenario.Reference, from, to);
    }

    private static async Task SendAsync(HttpClient client, JourneyEvent link)
    {
        (await client.IngestGraphAsync([link])).Accepted.Should().Be(1, $"{link.Id} is a valid event");
        await client.WaitUntilProcessedAsync();
    }
}
