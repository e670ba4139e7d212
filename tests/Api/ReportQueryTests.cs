using System.Net;
using Okube.Actors.Tests.Api.Infrastructure;

namespace Okube.Actors.Tests.Api;

/// <summary>Contract section 5: unknown model or bad date is 400.</summary>
[Collection(SiloCollection.Name)]
public sealed class ReportQueryTests(SiloFactory silo)
{
    public static TheoryData<string, string> BadQueries()
    {
        var data = new TheoryData<string, string>();
        foreach (var by in new[] { "campaigns", "channels" })
        {
            data.Add(by, "model=u_shaped");
            data.Add(by, "");
            data.Add(by, "model=linear&from=2026-1-05");
            data.Add(by, "model=linear&to=yesterday");
            data.Add(by, "model=linear&from=2026-02-30");
            data.Add(by, "model=linear&from=2026-03-01T00:00:00Z");
            data.Add(by, "model=linear&from=2026-03-10&to=2026-03-01");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(BadQueries))]
    public async Task Bad_report_query_is_400_problem(string by, string query)
    {
        using var client = silo.Client(TestTenants.Acme.RetailerKey);

        using var response = await client.GetAsync($"/v1/reports/{by}?{query}");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("detail").GetString().Should().NotBeNullOrWhiteSpace();
    }

    [Theory]
    [InlineData("campaigns")]
    [InlineData("channels")]
    public async Task Single_day_range_is_a_valid_query(string by)
    {
        using var client = silo.Client(TestTenants.Acme.RetailerKey);

        var report = await client.GetJsonAsync($"/v1/reports/{by}?model=first_touch&from=2026-03-01&to=2026-03-01");

        report.GetProperty("model").GetString().Should().Be("first_touch");
    }
}
