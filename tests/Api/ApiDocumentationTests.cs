using System.Net;
using System.Text.RegularExpressions;
using Okube.Actors.Tests.Api.Infrastructure;

namespace Okube.Actors.Tests.Api;

/// <summary>The OpenAPI document describes every route of the route table; the reference page works offline.</summary>
[Collection(SiloCollection.Name)]
public sealed partial class ApiDocumentationTests(SiloFactory silo)
{
    [GeneratedRegex("""<script[^>]*\ssrc="([^"]+)"[^>]*>""")]
    private static partial Regex ScriptSource();

    [Fact]
    public async Task Document_describes_every_route_with_its_answers_and_the_bearer_scheme()
    {
        using var client = silo.Client(apiKey: null);
        var document = await client.GetJsonAsync("/openapi/v1.json");
        var paths = document.GetProperty("paths");

        var routes = RouteTable.ApiRoutes(silo);

        routes.Should().HaveCountGreaterThan(10);
        var problems = new List<string>();
        foreach (var (method, pattern) in routes)
        {
            if (!paths.TryGetProperty(pattern, out var path) || !path.TryGetProperty(method.ToLowerInvariant(), out var operation))
            {
                problems.Add($"{method} {pattern}: not in the document");
                continue;
            }
            var responses = operation.GetProperty("responses");
            var codes = responses.EnumerateObject().Select(r => r.Name).ToList();
            var success = codes.Where(c => c.StartsWith('2')).ToList();
            if (success.Count == 0 || !responses.GetProperty(success[0]).TryGetProperty("content", out _))
            {
                problems.Add($"{method} {pattern}: no success answer with a body");
            }
            foreach (var code in new[] { "401", "403", "429" }.Except(codes))
            {
                problems.Add($"{method} {pattern}: no {code} answer");
            }
            if (!operation.TryGetProperty("tags", out var tags) || tags.GetArrayLength() == 0 || tags[0].GetString()!.Contains('.'))
            {
                problems.Add($"{method} {pattern}: no tag of its own (the reference groups operations by tag)");
            }
            if (!operation.TryGetProperty("security", out var security) || security.GetArrayLength() == 0)
            {
                problems.Add($"{method} {pattern}: no security requirement");
            }
        }
        problems.Should().BeEmpty();
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").EnumerateObject().Single().Value;
        scheme.GetProperty("type").GetString().Should().Be("http");
        scheme.GetProperty("scheme").GetString().Should().Be("bearer");
    }

    [Fact]
    public async Task Document_gives_query_parameters_bodies_and_snake_case_schemas()
    {
        using var client = silo.Client(apiKey: null);
        var document = await client.GetJsonAsync("/openapi/v1.json");

        var days = document.GetProperty("paths").GetProperty("/v1/reports/days").GetProperty("get");
        days.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString())
            .Should().BeEquivalentTo("model", "from", "to", "campaign");
        days.GetProperty("responses").EnumerateObject().Select(r => r.Name).Should().Contain(["400", "404"]);
        var events = document.GetProperty("paths").GetProperty("/v1/events").GetProperty("post");
        events.GetProperty("requestBody").GetProperty("content").EnumerateObject().Select(c => c.Name)
            .Should().BeEquivalentTo("application/json", "application/x-ndjson", "application/x-msgpack");
        var schemas = document.GetProperty("components").GetProperty("schemas");
        schemas.GetProperty("DayRow").GetProperty("properties").EnumerateObject().Select(p => p.Name)
            .Should().Contain(["day", "store_visits", "roas", "persons"]);
        schemas.GetProperty("ModelSet").GetProperty("properties").EnumerateObject().Select(p => p.Name)
            .Should().Equal("first_touch", "last_touch", "linear", "position_based", "time_decay");
    }

    [Fact]
    public async Task Reference_page_answers_and_loads_only_scripts_the_process_serves()
    {
        using var client = silo.Client(apiKey: null);

        using var page = await client.GetAsync("/reference");
        var html = await page.Content.ReadAsStringAsync();

        page.StatusCode.Should().Be(HttpStatusCode.OK);
        page.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        html.Should().NotContainAny(["http://", "https://", "//cdn"], "nothing is fetched from elsewhere");
        html.Should().Contain("\"withDefaultFonts\":false", "the default fonts come from a CDN");
        var scripts = ScriptSource().Matches(html).Select(m => m.Groups[1].Value).ToList();
        scripts.Should().NotBeEmpty();
        foreach (var script in scripts)
        {
            using var asset = await client.GetAsync(new Uri(page.RequestMessage!.RequestUri!, script));
            asset.StatusCode.Should().Be(HttpStatusCode.OK, script);
            asset.Content.Headers.ContentType!.MediaType.Should().Be("text/javascript", script);
        }
    }
}
