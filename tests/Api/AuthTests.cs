using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Okube.Actors.Tests.Api.Infrastructure;

namespace Okube.Actors.Tests.Api;

/// <summary>Contract section 2: the key decides tenant and role; 401 without a known key, 403 for a wrong role.</summary>
[Collection(SiloCollection.Name)]
public sealed class AuthTests(SiloFactory silo)
{
    private static readonly TestTenant Acme = TestTenants.Acme;

    private const string Touch =
        """{"id":"auth-1","type":"touchpoint","occurred_at":"2026-03-01T12:00:00Z","subject":{"kind":"cookie","id":"a"},"channel":"display","interaction":"click"}""";

    public static TheoryData<string, string> Endpoints => new()
    {
        { "GET", "/v1/reports/campaigns?model=linear" },
        { "GET", "/v1/reports/channels?model=linear" },
        { "GET", "/v1/pipeline/status" },
        { "POST", "/v1/events" },
        { "PUT", "/v1/campaigns/c01" },
        { "POST", "/v1/campaigns/c01/spend" },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Request_without_authorization_header_is_401_problem(string method, string path)
    {
        using var client = silo.Client(apiKey: null);

        using var response = await client.SendAsync(Request(method, path));

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Request_with_unknown_key_is_401_problem(string method, string path)
    {
        using var client = silo.Client("no-such-key");

        using var response = await client.SendAsync(Request(method, path));

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Authorization_header_that_is_not_bearer_is_401_problem()
    {
        using var client = silo.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Acme.RetailerKey);

        using var response = await client.GetAsync("/v1/reports/campaigns?model=linear");

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("agency", "GET", "/v1/reports/campaigns?model=linear")]
    [InlineData("agency", "GET", "/v1/reports/channels?model=linear")]
    [InlineData("dpo", "GET", "/v1/reports/campaigns?model=linear")]
    [InlineData("dpo", "POST", "/v1/events")]
    [InlineData("agency", "PUT", "/v1/campaigns/c01")]
    [InlineData("agency", "POST", "/v1/campaigns/c01/spend")]
    [InlineData("dpo", "PUT", "/v1/campaigns/c01")]
    public async Task Known_key_with_wrong_role_is_403_problem(string role, string method, string path)
    {
        using var client = silo.Client(Acme.KeyOf(role));

        using var response = await client.SendAsync(Request(method, path));

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("retailer")]
    [InlineData("agency")]
    [InlineData("dpo")]
    public async Task Pipeline_status_answers_any_role(string role)
    {
        using var client = silo.Client(Acme.KeyOf(role));

        var (accepted, processed) = await client.StatusAsync();

        accepted.Should().BeGreaterThanOrEqualTo(0);
        processed.Should().BeInRange(0, accepted);
    }

    [Fact]
    public async Task Retailer_key_reads_reports()
    {
        using var client = silo.Client(Acme.RetailerKey);

        var report = await client.GetReportAsync("campaigns", "linear");

        report.GetProperty("model").GetString().Should().Be("linear");
        report.GetProperty("currency").GetString().Should().Be("EUR");
    }

    private static HttpRequestMessage Request(string method, string path)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method != "GET")
        {
            var body = path switch
            {
                "/v1/events" => Touch,
                _ when path.EndsWith("/spend", StringComparison.Ordinal) => """[{"date":"2026-03-01","amount":1}]""",
                _ => """{"name":"C1","channel":"display"}""",
            };
            var mediaType = path == "/v1/events" ? HttpApi.Ndjson : "application/json";
            request.Content = new StringContent(body, Encoding.UTF8, mediaType);
        }
        return request;
    }
}
