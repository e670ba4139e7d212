using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Okube.Actors.Tests.Api.Infrastructure;
using Okube.Actors.Tests.Support;

namespace Okube.Actors.Tests.Api;

/// <summary>Contract section 5: POST /v1/campaigns/{id}/spend, and ROAS = revenue / spend (null when spend is 0).</summary>
[Collection(SiloCollection.Name)]
public sealed class SpendTests(SiloFactory silo)
{
    private static readonly TestTenant Tenant = TestTenants.Spend;

    [Fact]
    public async Task Invalid_spend_rows_are_rejected_with_index_and_reason_while_valid_ones_are_recorded()
    {
        using var client = silo.Client(Tenant.RetailerKey);
        const string rows = """
            [
              {"date": "2026-05-01", "amount": 10.5},
              {"date": "2026-13-01", "amount": 5},
              {"date": "2026-05-02", "amount": -1},
              {"amount": 5},
              "2026-05-03",
              {"date": "2026-05-04", "amount": "7"},
              {"date": "2026-05-05", "amount": 4.25},
              {"date": "2026/05/06", "amount": 1}
            ]
            """;

        var answer = await client.PostSpendAsync("sp-rows", rows);
        var report = await client.GetReportAsync("campaigns", "linear",
            new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 31));

        answer.GetProperty("accepted").GetInt32().Should().Be(2);
        var rejected = answer.GetProperty("rejected").EnumerateArray()
            .Select(r => (Index: r.GetProperty("index").GetInt32(), Error: r.GetProperty("error").GetString()!)).ToList();
        rejected.Select(r => r.Index).Should().Equal(1, 2, 3, 4, 5, 7);
        var field = new Dictionary<int, string> { [1] = "date", [2] = "amount", [3] = "date", [4] = "object", [5] = "amount", [7] = "date" };
        rejected.Should().OnlyContain(r => Regex.IsMatch(r.Error, $@"\b{field[r.Index]}\b"));
        var row = Row(report, "sp-rows");
        ReportAssertions.Close(row, "spend", 14.75, "the two valid rows");
        row.GetProperty("roas").GetDouble().Should().Be(0, "spend without revenue");
    }

    [Fact]
    public async Task Roas_is_null_when_spend_is_zero_and_revenue_over_spend_otherwise()
    {
        using var client = silo.Client(Tenant.RetailerKey);
        var at = Journey.At(2026, 7, 8);
        var day = DateOnly.FromDateTime(at.UtcDateTime);
        var reference = new ReferenceAttribution();
        var events = new[]
        {
            Journey.Touch("r-free-t", "r-free", at, "sp-free", "search"),
            Journey.Order("r-free-o", "r-free", at.AddHours(1), 30),
            Journey.Touch("r-zero-t", "r-zero", at, "sp-zeroed", "display", cost: 3),
            Journey.Order("r-zero-o", "r-zero", at.AddHours(1), 40),
            Journey.Touch("r-paid-t", "r-paid", at, "sp-paid", "social", cost: 2),
            Journey.Order("r-paid-o", "r-paid", at.AddHours(1), 10),
        };
        reference.Add(events);
        reference.Spend["sp-zeroed"] = new() { [day] = 0 };

        (await client.IngestAsync(events)).Accepted.Should().Be(events.Length);
        await client.PostSpendAsync("sp-zeroed", [(day, 0.0)]);
        await client.WaitUntilProcessedAsync();
        var report = await client.GetReportAsync("campaigns", "linear", day, day.AddDays(1));

        Row(report, "sp-free").GetProperty("roas").ValueKind.Should().Be(JsonValueKind.Null);
        Row(report, "sp-zeroed").GetProperty("roas").ValueKind.Should().Be(JsonValueKind.Null,
            "a declared 0 replaces the touch costs of that day");
        ReportAssertions.Close(Row(report, "sp-paid"), "roas", 5, "10 revenue over 2 spend");
        ReportAssertions.ShouldMatch(report, reference.Campaigns("linear", day, day.AddDays(1)), byCampaign: true);
    }

    [Theory]
    [InlineData("""{"date": "2026-05-01", "amount": 1}""")]
    [InlineData("not json")]
    public async Task Spend_body_that_is_not_an_array_is_400_problem(string body)
    {
        using var client = silo.Client(Tenant.RetailerKey);

        using var response = await client.PostAsync("/v1/campaigns/sp-bad/spend",
            new StringContent(body, Encoding.UTF8, "application/json"));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    private static JsonElement Row(JsonElement report, string campaign) =>
        report.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("campaign").GetString() == campaign);
}
