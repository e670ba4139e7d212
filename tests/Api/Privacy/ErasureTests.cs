using System.Net;
using System.Text.Json;
using Okube.Actors.Gateway.Demo;
using Okube.Actors.Tests.Api.Infrastructure;
using Okube.Actors.Tests.Support;

namespace Okube.Actors.Tests.Api.Privacy;

/// <summary>
/// Contract section 6, erasure and access: after some persons (of up to 3 linked subjects) are
/// erased through one of their subjects, every report equals the reference without them, their
/// subjects' exports answer 404, and replaying every event, or sending new events for their
/// subjects, changes nothing.
/// </summary>
[Collection(SiloCollection.Name)]
public sealed class ErasureTests(SiloFactory silo)
{
    private const int Seed = 7117;
    private static readonly TestTenant Tenant = TestTenants.Rights;

    [Fact]
    public async Task Erased_persons_leave_every_report_and_stay_gone_after_a_replay()
    {
        using var retailer = silo.Client(Tenant.RetailerKey);
        using var dpo = silo.Client(Tenant.DpoKey);
        var journeys = new SyntheticJourneys(Seed, new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero), maxSubjectsPerPerson: 3);
        var persons = Enumerable.Range(0, 120).Select(journeys.Person).ToList();
        var erased = Enumerable.Range(0, persons.Count).Where(p => p % 6 == 1 && persons[p].Count > 1).ToList();
        erased.Should().HaveCountGreaterThan(10);
        var all = persons.SelectMany(p => p).ToList();
        (await retailer.IngestAsync(all)).Accepted.Should().Be(all.Count);
        await retailer.WaitUntilProcessedAsync();

        foreach (var p in erased)
        {
            // Through the subject named last: for a linked person, not the one its key came from.
            var (kind, id) = SubjectsOf(persons[p]).Last();
            using var response = await dpo.DeleteAsync($"/v1/subjects/{kind}/{id}");
            var text = await response.Content.ReadAsStringAsync();
            response.StatusCode.Should().Be(HttpStatusCode.Accepted, text);
            JsonDocument.Parse(text).RootElement.GetProperty("status").GetString().Should().Be("erased");
        }

        var kept = Enumerable.Range(0, persons.Count).Except(erased).SelectMany(p => persons[p]).ToList();
        await ShouldMatchReferenceAsync(retailer, kept);
        foreach (var (kind, id) in erased.SelectMany(p => SubjectsOf(persons[p])))
        {
            using var export = await dpo.GetAsync($"/v1/subjects/{kind}/{id}");
            export.StatusCode.Should().Be(HttpStatusCode.NotFound, $"{kind}/{id} was erased");
        }

        var replay = await retailer.IngestAsync(all);
        replay.Duplicates.Should().Be(all.Count);
        var afterErasure = erased.SelectMany(p => persons[p]).Where(e => e.Type != "identity_link")
            .Select(e => e with { Id = "again-" + e.Id }).ToList();
        (await retailer.IngestAsync(afterErasure)).Accepted.Should().Be(afterErasure.Count, "accepted, then dropped as suppressed");
        await retailer.WaitUntilProcessedAsync();
        await ShouldMatchReferenceAsync(retailer, kept);
    }

    [Fact]
    public async Task The_export_holds_the_persons_events_and_credit_and_every_request_is_audited_without_raw_ids()
    {
        var tenant = TestTenants.RightsAudit;
        using var retailer = silo.Client(tenant.RetailerKey);
        using var dpo = silo.Client(tenant.DpoKey);
        var at = Journey.At(2026, 7, 1);
        JourneyEvent[] events =
        [
            Journey.Touch("ex-t1", "export-cookie", at, "c1", "display", cost: 0.5),
            Journey.Touch("ex-t2", "export-cookie", at.AddHours(1), "c2", "search"),
            Journey.Order("ex-o1", "export-cookie", at.AddHours(2), 80),
        ];
        (await retailer.IngestAsync(events)).Accepted.Should().Be(3);
        await retailer.WaitUntilProcessedAsync();

        var export = await dpo.GetJsonAsync("/v1/subjects/cookie/export-cookie");
        var text = export.ToString();

        export.GetProperty("touchpoints").EnumerateArray().Select(t => t.GetProperty("id").GetString())
            .Should().Equal("ex-t1", "ex-t2");
        var conversion = export.GetProperty("conversions").EnumerateArray().Should().ContainSingle().Subject;
        conversion.GetProperty("value").GetDouble().Should().Be(80);
        conversion.GetProperty("credit").EnumerateArray().Select(c => c.GetProperty("campaign").GetString())
            .Should().Equal("c1", "c2");
        export.GetProperty("subjects").EnumerateArray().Should().ContainSingle()
            .Which.GetProperty("kind").GetString().Should().Be("cookie");
        text.Should().NotContain("export-cookie", "subjects are exported in pseudonymised form");
        (await dpo.GetAsync("/v1/subjects/cookie/never-seen")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await retailer.GetAsync("/v1/subjects/cookie/export-cookie")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await dpo.GetAsync("/v1/subjects/shoe-size/42")).StatusCode.Should().Be(HttpStatusCode.BadRequest);

        using var objection = await dpo.PostAsync("/v1/subjects/cookie/export-cookie/objection", null);
        objection.StatusCode.Should().Be(HttpStatusCode.Accepted);
        (await retailer.IngestAsync([Journey.Order("ex-o2", "export-cookie", at.AddHours(3), 20)])).Accepted.Should().Be(1);
        await retailer.WaitUntilProcessedAsync();
        (await dpo.GetJsonAsync("/v1/subjects/cookie/export-cookie")).GetProperty("conversions").GetArrayLength()
            .Should().Be(1, "after an objection later events are dropped, what was held stays");

        var audit = await dpo.GetJsonAsync("/v1/privacy/audit?limit=1000");
        var entries = audit.GetProperty("entries").EnumerateArray().ToList();
        entries.Select(e => e.GetProperty("action").GetString()).Should().Contain(["access", "objection"]);
        entries.Should().AllSatisfy(e => e.GetProperty("actor").GetString().Should().StartWith("key:"));
        audit.ToString().Should().NotContain("export-cookie").And.NotContain("never-seen").And.NotContain(tenant.DpoKey);
    }

    private static IEnumerable<(string Kind, string Id)> SubjectsOf(IEnumerable<JourneyEvent> events) =>
        events.SelectMany(e => e.LinkedSubjects ?? [(e.SubjectKind, e.SubjectId)]).Distinct();

    private static async Task ShouldMatchReferenceAsync(HttpClient client, IReadOnlyCollection<JourneyEvent> events)
    {
        var reference = new ReferenceAttribution();
        reference.Add(events);
        reference.Links.AddRange(events.Where(e => e.Type == "identity_link")
            .Select(e => e.LinkedSubjects!.Select(s => ReferenceAttribution.SubjectOf(s.Kind, s.Id)).ToArray()));
        foreach (var model in ReferenceAttribution.Models)
        {
            ReportAssertions.ShouldMatch(await client.GetReportAsync("campaigns", model), reference.Campaigns(model), byCampaign: true);
            ReportAssertions.ShouldMatch(await client.GetReportAsync("channels", model), reference.Channels(model), byCampaign: false);
        }
    }
}
