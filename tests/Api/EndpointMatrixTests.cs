using System.Net;
using System.Text;
using Okube.Actors.Gateway.Demo;
using Okube.Actors.Tests.Api.Infrastructure;

namespace Okube.Actors.Tests.Api;

/// <summary>
/// Contract section 2 on every route of the route table (a route missing here fails): without a
/// key 401, with a key whose role may not use it 403, with one that may 2xx, and from another
/// tenant 404 for the owner's campaign or subject, which is unchanged afterwards.
/// </summary>
[Collection(SiloCollection.Name)]
public sealed class EndpointMatrixTests(SiloFactory silo)
{
    private static readonly TestTenant Owner = TestTenants.Matrix;
    private static readonly TestTenant Other = TestTenants.MatrixOther;
    private static readonly DateTimeOffset At = Journey.At(2026, 11, 2);

    private const string Campaign = "mx-c";
    private const string Subject = "/v1/subjects/cookie/mx-u";
    private const string Json = "application/json";
    private static readonly string Touch = HttpApi.ToNdjson([Journey.Touch("mx-probe", "mx-probe-u", At, "mx-probe", "display")]);

    /// <param name="OwnerPath">What the owner's keys call (writes go to objects of their own, not the probed ones).</param>
    /// <param name="ForeignPath">What the other tenant calls: the owner's objects.</param>
    /// <param name="ForeignIsNotFound">The path names one of the owner's objects: 404 from the other tenant.</param>
    private sealed record Probe(string Method, string Pattern, string[] Roles, string OwnerPath, string ForeignPath,
        string? Body = null, string MediaType = Json, bool ForeignIsNotFound = false);

    private static readonly string[] Retailer = ["retailer"];
    private static readonly string[] Dpo = ["dpo"];

    private static readonly Probe[] Probes =
    [
        new("POST", "/v1/events", ["retailer", "agency"], "/v1/events", "/v1/events", Touch, HttpApi.Ndjson),
        new("GET", "/v1/reports/campaigns", Retailer, "/v1/reports/campaigns?model=linear", "/v1/reports/campaigns?model=linear"),
        new("GET", "/v1/reports/channels", Retailer, "/v1/reports/channels?model=linear", "/v1/reports/channels?model=linear"),
        new("GET", "/v1/reports/days", Retailer, $"/v1/reports/days?model=linear&campaign={Campaign}",
            $"/v1/reports/days?model=linear&campaign={Campaign}", ForeignIsNotFound: true),
        new("GET", "/v1/reports/stores", Retailer, "/v1/reports/stores?model=linear", "/v1/reports/stores?model=linear"),
        new("GET", "/v1/campaigns", Retailer, "/v1/campaigns", "/v1/campaigns"),
        new("GET", "/v1/campaigns/{id}", Retailer, $"/v1/campaigns/{Campaign}", $"/v1/campaigns/{Campaign}", ForeignIsNotFound: true),
        new("PUT", "/v1/campaigns/{id}", Retailer, "/v1/campaigns/mx-write", $"/v1/campaigns/{Campaign}",
            """{"name":"Renamed","channel":"radio"}"""),
        new("POST", "/v1/campaigns/{id}/spend", Retailer, "/v1/campaigns/mx-write/spend", $"/v1/campaigns/{Campaign}/spend",
            """[{"date":"2026-11-02","amount":999}]"""),
        new("GET", "/v1/pipeline/status", ["retailer", "agency", "dpo"], "/v1/pipeline/status", "/v1/pipeline/status"),
        new("GET", "/v1/subjects/{kind}/{id}", Dpo, Subject, Subject, ForeignIsNotFound: true),
        new("DELETE", "/v1/subjects/{kind}/{id}", Dpo, "/v1/subjects/cookie/mx-nobody", Subject),
        new("POST", "/v1/subjects/{kind}/{id}/objection", Dpo, "/v1/subjects/cookie/mx-nobody/objection", Subject + "/objection"),
        new("GET", "/v1/privacy/audit", Dpo, "/v1/privacy/audit", "/v1/privacy/audit"),
    ];

    [Fact]
    public void Every_route_of_the_route_table_is_in_the_matrix_and_nothing_else()
    {
        var routes = RouteTable.ApiRoutes(silo).Select(r => $"{r.Method} {r.Pattern}");

        Probes.Select(p => $"{p.Method} {p.Pattern}").Should().BeEquivalentTo(routes);
    }

    [Fact]
    public async Task Each_route_answers_each_caller_as_the_contract_says_and_another_tenant_changes_nothing()
    {
        await SeedAsync();
        var before = await SnapshotAsync();
        var failures = new List<string>();

        foreach (var probe in Probes)
        {
            await ExpectAsync(failures, probe, "no key", null, probe.OwnerPath, s => s == HttpStatusCode.Unauthorized);
            foreach (var role in new[] { "retailer", "agency", "dpo" })
            {
                var allowed = probe.Roles.Contains(role);
                await ExpectAsync(failures, probe, role, Owner.KeyOf(role), probe.OwnerPath,
                    s => allowed ? (int)s is >= 200 and < 300 : s == HttpStatusCode.Forbidden);
            }
            await ExpectAsync(failures, probe, "other tenant", Other.KeyOf(probe.Roles[0]), probe.ForeignPath,
                s => probe.ForeignIsNotFound ? s == HttpStatusCode.NotFound : (int)s is >= 200 and < 300);
        }

        failures.Should().BeEmpty();
        (await SnapshotAsync()).Should().Equal(before, "another tenant's calls leave the owner's campaign and subject as they were");
    }

    [Fact]
    public async Task An_agency_key_sends_touchpoints_and_each_other_event_is_rejected_with_the_reason()
    {
        using var agency = silo.Client(Owner.AgencyKey);
        var link = new JourneyEvent
        {
            Id = "mx-ag-l", Type = "identity_link", OccurredAt = At, SubjectKind = "cookie", SubjectId = "mx-ag-u",
            LinkedSubjects = [("cookie", "mx-ag-u"), ("crm", "mx-ag-crm")], Source = "login",
        };

        var outcome = await agency.IngestAsync(
        [
            Journey.Order("mx-ag-o", "mx-ag-u", At, 10),
            Journey.Touch("mx-ag-t", "mx-ag-u", At, "mx-ag", "display"),
            Journey.Visit("mx-ag-v", "mx-ag-u", At),
            link,
        ]);

        outcome.Accepted.Should().Be(1);
        outcome.Rejected.Select(r => r.Index).Should().Equal(0, 2, 3);
        outcome.Rejected.Select(r => r.Error).Should().AllSatisfy(e => e.Should().Contain("agency key may send touchpoints only"));
    }

    /// <summary>The owner's campaign (metadata, spend, credit) and its subject's person, once.</summary>
    private async Task SeedAsync()
    {
        using var owner = silo.Client(Owner.RetailerKey);
        await owner.PutCampaignAsync(Campaign, "Matrix", "display");
        await owner.PostSpendAsync(Campaign, [(DateOnly.FromDateTime(At.UtcDateTime), 10.0)]);
        await owner.IngestAsync([Journey.Touch("mx-t1", "mx-u", At, Campaign, "display"), Journey.Order("mx-o1", "mx-u", At.AddHours(1), 40)]);
        await owner.WaitUntilProcessedAsync();
    }

    private async Task<List<string>> SnapshotAsync()
    {
        using var retailer = silo.Client(Owner.RetailerKey);
        using var dpo = silo.Client(Owner.DpoKey);
        await retailer.WaitUntilProcessedAsync();
        return
        [
            (await retailer.GetJsonAsync($"/v1/campaigns/{Campaign}")).GetRawText(),
            (await retailer.GetJsonAsync($"/v1/reports/days?model=linear&campaign={Campaign}")).GetRawText(),
            (await dpo.GetJsonAsync(Subject)).GetRawText(),
        ];
    }

    private async Task ExpectAsync(List<string> failures, Probe probe, string caller, string? key, string path,
        Func<HttpStatusCode, bool> expected)
    {
        using var client = silo.Client(key);
        using var request = new HttpRequestMessage(new HttpMethod(probe.Method), path);
        if (probe.Body is not null)
        {
            request.Content = new StringContent(probe.Body, Encoding.UTF8, probe.MediaType);
        }
        using var response = await client.SendAsync(request);
        if (!expected(response.StatusCode))
        {
            failures.Add($"{probe.Method} {path} as {caller}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }
}
